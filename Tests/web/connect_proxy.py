#!/usr/bin/env python3
"""Test fixture: the chat page's HTTP side, in front of a real Suiwen gRPC server.

Serves Sources/SuiwenHTTP/Web/index.html at GET / and translates the Connect unary call
POST /suiwen.v1.QAService/Ask (Content-Type: application/json, protobuf JSON body) into a
gRPC Ask on the server, answering with the protobuf JSON of AskResponse, or with Connect
error JSON ({"code": ..., "message": ...}) and a non-2xx status.

Usage: connect_proxy.py --grpc HOST:PORT [--port 0]
Prints "Proxy listening on http://127.0.0.1:PORT" on stdout once it serves.
Stubs are generated with grpcio-tools into a temporary directory (nothing in the repo).
"""
import argparse
import http.server
import json
import os
import sys
import tempfile

import grpc
from google.protobuf import json_format
from grpc_tools import protoc

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGE = os.path.join(ROOT, "Sources", "SuiwenHTTP", "Web", "index.html")
ASK_PATH = "/suiwen.v1.QAService/Ask"

# gRPC status -> (Connect code, HTTP status), from the Connect protocol's table.
CODES = {
    grpc.StatusCode.CANCELLED: ("canceled", 499),
    grpc.StatusCode.UNKNOWN: ("unknown", 500),
    grpc.StatusCode.INVALID_ARGUMENT: ("invalid_argument", 400),
    grpc.StatusCode.DEADLINE_EXCEEDED: ("deadline_exceeded", 504),
    grpc.StatusCode.NOT_FOUND: ("not_found", 404),
    grpc.StatusCode.RESOURCE_EXHAUSTED: ("resource_exhausted", 429),
    grpc.StatusCode.FAILED_PRECONDITION: ("failed_precondition", 400),
    grpc.StatusCode.UNIMPLEMENTED: ("unimplemented", 501),
    grpc.StatusCode.INTERNAL: ("internal", 500),
    grpc.StatusCode.UNAVAILABLE: ("unavailable", 503),
}


def generate_stubs(out):
    rc = protoc.main(["grpc_tools.protoc", f"-I{ROOT}/Protos", f"--python_out={out}",
                      f"--grpc_python_out={out}", "suiwen/v1/qa.proto"])
    if rc != 0:
        sys.exit(f"connect_proxy: protoc failed ({rc})")
    sys.path.insert(0, out)


def make_handler(stub, qa_pb2):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet; errors still go to stderr below
            pass

        def send(self, status, body, content_type):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def error(self, status, code, message):
            self.send(status, json.dumps({"code": code, "message": message}).encode(), "application/json")

        def do_GET(self):
            if self.path.split("?")[0] not in ("/", "/index.html"):
                return self.error(404, "not_found", f"no page at {self.path}")
            with open(PAGE, "rb") as f:
                self.send(200, f.read(), "text/html; charset=utf-8")

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path != ASK_PATH:
                return self.error(404, "unimplemented", f"no method at {self.path}")
            if not (self.headers.get("Content-Type") or "").startswith("application/json"):
                return self.error(415, "invalid_argument", "send Content-Type: application/json")
            try:
                request = json_format.Parse(body.decode("utf-8") or "{}", qa_pb2.AskRequest())
            except (json_format.ParseError, UnicodeDecodeError) as e:
                return self.error(400, "invalid_argument", f"the body is not an AskRequest: {e}")
            try:
                reply = stub.Ask(request, timeout=10)
            except grpc.RpcError as e:
                code, status = CODES.get(e.code(), ("unknown", 500))
                return self.error(status, code, e.details() or str(e.code()))
            self.send(200, json_format.MessageToJson(reply, indent=None).encode(), "application/json")

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grpc", required=True, help="the Suiwen gRPC server, HOST:PORT")
    parser.add_argument("--port", type=int, default=0, help="HTTP port on 127.0.0.1 (0: any free port)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        generate_stubs(out)
        from suiwen.v1 import qa_pb2, qa_pb2_grpc
        channel = grpc.insecure_channel(args.grpc)
        stub = qa_pb2_grpc.QAServiceStub(channel)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(stub, qa_pb2))
        print(f"Proxy listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
            channel.close()


if __name__ == "__main__":
    main()
