#!/usr/bin/env python3
"""Abuse of the gRPC port (issue 9, hardening): what a broken or hostile client may send, each
followed by a normal Ask on a fresh connection to show the server still serves.

Usage: abuse_test.py HOST:PORT [--max-request-bytes N] [--strict]

The server is `suiwen serve` with its default limits (--max-request-bytes 65536 unless given
here). Raw HTTP/2 is written by hand (frames and HPACK, RFC 9113 and 7541: no package beyond
grpcio, grpcio-tools and protobuf); the rest is grpcio, with stubs generated from Protos/ at run
time as Tests/interop/qa_client.py does. The checks: garbage bytes, an HTTP/1.1 request, a
truncated preface, a truncated frame, an oversized frame, unknown methods, wrong content types,
messages past the size limit, connections holding every stream with replies they never read,
rapid reset, a CONTINUATION flood, corrupt context tokens, invalid UTF-8, 1 ms deadlines.

Each check prints `ok ...` (with what the server did) or `FAIL ...`. Where the server does what
its own documentation says otherwise, or leaves a client holding it past a deadline, a `note ...`
line says so (a failure with --strict). The last line is `abuse_test: N passed, M failed`; exit 1
on any failure. About 3 s.
"""
import argparse
import base64
import os
import socket
import struct
import sys
import tempfile
import threading
import time

from grpc_tools import protoc
import grpc

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ASK = "/suiwen.v1.QAService/Ask"
QUESTION = "南沙的產業重點?"

# ---------------------------------------------------------------------------------------------
# HTTP/2 by hand: frames (RFC 9113 §4, §6) and HPACK (RFC 7541)

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
DATA, HEADERS, PRIORITY, RST_STREAM, SETTINGS, PUSH_PROMISE, PING, GOAWAY, WINDOW_UPDATE, CONTINUATION = range(10)
FRAME_NAMES = ["DATA", "HEADERS", "PRIORITY", "RST_STREAM", "SETTINGS", "PUSH_PROMISE", "PING", "GOAWAY",
               "WINDOW_UPDATE", "CONTINUATION"]
END_STREAM, ACK, END_HEADERS, PADDED, PRIORITY_FLAG = 0x1, 0x1, 0x4, 0x8, 0x20
SETTINGS_HEADER_TABLE_SIZE, SETTINGS_ENABLE_PUSH, SETTINGS_MAX_CONCURRENT_STREAMS = 1, 2, 3
SETTINGS_INITIAL_WINDOW_SIZE, SETTINGS_MAX_FRAME_SIZE, SETTINGS_MAX_HEADER_LIST_SIZE = 4, 5, 6
ERRORS = ["NO_ERROR", "PROTOCOL_ERROR", "INTERNAL_ERROR", "FLOW_CONTROL_ERROR", "SETTINGS_TIMEOUT", "STREAM_CLOSED",
          "FRAME_SIZE_ERROR", "REFUSED_STREAM", "CANCEL", "COMPRESSION_ERROR", "CONNECT_ERROR", "ENHANCE_YOUR_CALM",
          "INADEQUATE_SECURITY", "HTTP_1_1_REQUIRED"]


def error_name(code):
    return ERRORS[code] if code < len(ERRORS) else f"error {code}"


def frame(kind, flags, stream, payload=b""):
    return struct.pack(">I", len(payload))[1:] + bytes([kind, flags]) + struct.pack(">I", stream & 0x7FFFFFFF) + payload


def settings(**values):
    ids = {"header_table_size": 1, "enable_push": 2, "max_concurrent_streams": 3, "initial_window_size": 4,
           "max_frame_size": 5, "max_header_list_size": 6}
    return frame(SETTINGS, 0, 0, b"".join(struct.pack(">HI", ids[k], v) for k, v in values.items()))


def hpack_int(value, prefix_bits, first=0):
    limit = (1 << prefix_bits) - 1
    if value < limit:
        return bytes([first | value])
    out = bytearray([first | limit])
    value -= limit
    while value >= 128:
        out.append(value % 128 + 128)
        value //= 128
    out.append(value)
    return bytes(out)


def hpack_literal(name, value):
    """A literal header field without indexing, new name, no Huffman (RFC 7541 §6.2.2)."""
    name, value = name.encode(), value.encode() if isinstance(value, str) else value
    return b"\x00" + hpack_int(len(name), 7) + name + hpack_int(len(value), 7) + value


def encode_headers(headers):
    return b"".join(hpack_literal(n, v) for n, v in headers)


STATIC_TABLE = [None] + [tuple(e.split(" ", 1)) if " " in e else (e, "") for e in """\
:authority|:method GET|:method POST|:path /|:path /index.html|:scheme http|:scheme https|:status 200|:status 204|\
:status 206|:status 304|:status 400|:status 404|:status 500|accept-charset|accept-encoding gzip, deflate|\
accept-language|accept-ranges|accept|access-control-allow-origin|age|allow|authorization|cache-control|\
content-disposition|content-encoding|content-language|content-length|content-location|content-range|content-type|\
cookie|date|etag|expect|expires|from|host|if-match|if-modified-since|if-none-match|if-range|if-unmodified-since|\
last-modified|link|location|max-forwards|proxy-authenticate|proxy-authorization|range|referer|refresh|retry-after|\
server|set-cookie|strict-transport-security|transfer-encoding|user-agent|vary|via|www-authenticate""".split("|")]

# The Huffman code of RFC 7541 Appendix B is canonical: the code lengths of symbols 0-256 (in
# base 36) are all it takes to rebuild it.
HUFFMAN_LENGTHS = (
    "dnsssssssoussussssssssusssssssss6aacd68baa8b8666555666666678f6cad67777777777777777777777878djde6f56565666577"
    "666567655677777fbedskmkkmmmnmnnnnnonoomnonnnnlmnmnnomlkmmnnlnmmolmnnllmlnmnnkmmmnmmnqqkjmnmpqqqrrqopjlqrrqrol"
    "lqqsrrrkoklmllnmmppooqnqrqqrrrrrsrrrrrqu")


def huffman_decoder():
    lengths = [int(c, 36) for c in HUFFMAN_LENGTHS]
    codes, code, previous = {}, 0, None
    for symbol in sorted(range(257), key=lambda s: (lengths[s], s)):
        if previous is not None:
            code = (code + 1) << (lengths[symbol] - previous)
        previous = lengths[symbol]
        codes[(lengths[symbol], code)] = symbol
    return codes


HUFFMAN = huffman_decoder()


def huffman_decode(data):
    out, code, length = bytearray(), 0, 0
    for byte in data:
        for bit in range(7, -1, -1):
            code, length = (code << 1) | ((byte >> bit) & 1), length + 1
            symbol = HUFFMAN.get((length, code))
            if symbol is not None:
                if symbol == 256:
                    raise ValueError("EOS in a Huffman string")
                out.append(symbol)
                code, length = 0, 0
    return bytes(out)  # the rest is padding (at most 7 one-bits)


class HPACKDecoder:
    def __init__(self):
        self.dynamic = []

    def entry(self, index):
        if index < len(STATIC_TABLE):
            return STATIC_TABLE[index]
        return self.dynamic[index - len(STATIC_TABLE)]

    def decode(self, block):
        pos, headers = 0, []

        def integer(prefix_bits):
            nonlocal pos
            limit = (1 << prefix_bits) - 1
            value = block[pos] & limit
            pos += 1
            if value == limit:
                shift = 0
                while True:
                    b = block[pos]
                    pos += 1
                    value += (b & 127) << shift
                    shift += 7
                    if not b & 128:
                        break
            return value

        def string():
            nonlocal pos
            huffman = block[pos] & 0x80
            n = integer(7)
            raw = block[pos:pos + n]
            pos += n
            return (huffman_decode(raw) if huffman else raw).decode("utf-8", "replace")

        while pos < len(block):
            b = block[pos]
            if b & 0x80:  # indexed
                headers.append(self.entry(integer(7)))
            elif b & 0x40:  # literal with incremental indexing
                index = integer(6)
                name = self.entry(index)[0] if index else string()
                value = string()
                headers.append((name, value))
                self.dynamic.insert(0, (name, value))
            elif b & 0x20:  # dynamic table size update
                size = integer(5)
                if size == 0:
                    self.dynamic = []
            else:  # literal without indexing / never indexed
                index = integer(4)
                name = self.entry(index)[0] if index else string()
                headers.append((name, string()))
        return headers


class Connection:
    """One raw HTTP/2 connection over a plain socket."""

    def __init__(self, host, port, timeout=5.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buffer = b""
        self.decoder = HPACKDecoder()
        self.server_settings = {}
        self.closed = False
        self.pending_block = None

    def send(self, data):
        self.sock.sendall(data)

    def start(self, **client_settings):
        """The preface and our SETTINGS; then reads until the server's SETTINGS, which it acks."""
        self.send(PREFACE + settings(**client_settings))
        for kind, flags, stream, payload in self.frames(timeout=5):
            if kind == SETTINGS and not flags & ACK:
                for i in range(0, len(payload), 6):
                    key, value = struct.unpack(">HI", payload[i:i + 6])
                    self.server_settings[key] = value
                self.send(frame(SETTINGS, ACK, 0))
                return self
        raise RuntimeError("no SETTINGS from the server")

    def recv_some(self, timeout):
        self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(65536)
        except socket.timeout:
            return None
        except OSError:  # reset, or closed under us
            data = b""
        if not data:
            self.closed = True
        return data

    def frames(self, timeout=5.0):
        """Yields (type, flags, stream, payload) until `timeout` passes without a frame or the server
        closes. HEADERS/CONTINUATION blocks are decoded: the payload of a HEADERS is its header list."""
        deadline = time.time() + timeout
        while True:
            while len(self.buffer) >= 9:
                length = int.from_bytes(self.buffer[:3], "big")
                if len(self.buffer) < 9 + length:
                    break
                kind, flags = self.buffer[3], self.buffer[4]
                stream = int.from_bytes(self.buffer[5:9], "big") & 0x7FFFFFFF
                payload = self.buffer[9:9 + length]
                self.buffer = self.buffer[9 + length:]
                if kind in (HEADERS, CONTINUATION):
                    if kind == HEADERS:
                        if flags & PADDED:
                            payload = payload[1:len(payload) - payload[0]]
                        if flags & PRIORITY_FLAG:
                            payload = payload[5:]
                        self.pending_block = (flags, stream, payload)
                    else:
                        f, s, block = self.pending_block
                        self.pending_block = (f | (flags & END_HEADERS), s, block + payload)
                    if not self.pending_block[0] & END_HEADERS:
                        continue
                    f, s, block = self.pending_block
                    self.pending_block = None
                    yield HEADERS, f, s, self.decoder.decode(block)
                    continue
                if kind == PING and not flags & ACK:
                    self.send(frame(PING, ACK, 0, payload))
                yield kind, flags, stream, payload
            left = deadline - time.time()
            if left <= 0 or self.closed:
                return
            data = self.recv_some(left)
            if data is None:
                return
            self.buffer += data

    def request(self, stream, path=ASK, body=b"", content_type="application/grpc", extra=(), end_stream=True):
        headers = [(":method", "POST"), (":scheme", "http"), (":path", path), (":authority", "suiwen"),
                   ("content-type", content_type), ("te", "trailers")] + list(extra)
        flags = END_HEADERS | (END_STREAM if end_stream and not body else 0)
        out = frame(HEADERS, flags, stream, encode_headers(headers))
        if body:
            out += frame(DATA, END_STREAM if end_stream else 0, stream, body)
        self.send(out)

    def response(self, stream, timeout=5.0):
        """Everything the server says about `stream` until it ends it: headers (and trailers) merged,
        the DATA bytes, and the RST_STREAM or GOAWAY code if the stream or connection ended so."""
        result = {"headers": {}, "data": b"", "reset": None, "goaway": None, "ended": False}
        for kind, flags, s, payload in self.frames(timeout):
            if kind == GOAWAY:
                result["goaway"] = error_name(struct.unpack(">I", payload[4:8])[0])
                result["goaway_text"] = payload[8:].decode("utf-8", "replace")
            if s != stream:
                continue
            if kind == HEADERS:
                result["headers"].update(payload)
            elif kind == DATA:
                result["data"] += payload
            elif kind == RST_STREAM:
                result["reset"] = error_name(struct.unpack(">I", payload)[0])
            if kind == RST_STREAM or (kind in (HEADERS, DATA) and flags & END_STREAM):
                result["ended"] = True
                return result
        return result

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class ConversationFields:
    """A context token is `v1.` + base64url of `k=v;k=v...` (Sources/SuiwenEngine/ConversationContext.swift).
    `silent_cut`: the least truncated prefix of the token (one to twelve characters cut) that still
    decodes to whole `k=v` fields, which the server can only take as a valid token; or None."""

    def __init__(self, token):
        self.text = self.decode(token)
        self.silent_cut = None
        for k in range(1, 13):
            text = self.decode(token[:-k])
            if text and all("=" in f and f.split("=", 1)[1] and f.split("=", 1)[0] in "plfrnocs" for f in text.split(";")):
                self.silent_cut = token[:-k]
                break

    @staticmethod
    def decode(token):
        """The fields of a token as the server reads it (v2: the fields, then 24 bits of FNV-1a
        over them), or None when the server would refuse it."""
        if not token.startswith("v2.") or len(token[3:]) % 4 == 1:
            return None
        body = token[3:]
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except ValueError:
            return None
        if len(raw) <= 3:
            return None
        fields, check = raw[:-3], int.from_bytes(raw[-3:], "big")
        h = 0x811C9DC5
        for b in fields:
            h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
        if h & 0xFFFFFF != check:
            return None
        try:
            return fields.decode()
        except UnicodeDecodeError:
            return None


def grpc_frame(message):
    return b"\x00" + struct.pack(">I", len(message)) + message


def pb_string(field, data):
    """A protobuf length-delimited field, written by hand (any bytes, valid UTF-8 or not)."""
    key, n, length = bytes([(field << 3) | 2]), len(data), bytearray()
    while True:
        length.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            break
    return key + bytes(length) + data


def ask_body(question, context=""):
    message = pb_string(1, question.encode() if isinstance(question, str) else question)
    if context:
        message += pb_string(2, context.encode())
    return grpc_frame(message)


def describe(result):
    parts = []
    h = result["headers"]
    if ":status" in h:
        parts.append(f"HTTP {h[':status']}")
    if "grpc-status" in h:
        parts.append(f"grpc-status {h['grpc-status']}" + (f" ({h['grpc-message']})" if h.get("grpc-message") else ""))
    if h.get("content-type"):
        parts.append(f"content-type {h['content-type']}")
    if result["reset"]:
        parts.append(f"RST_STREAM {result['reset']}")
    if result["goaway"]:
        parts.append(f"GOAWAY {result['goaway']}" + (f" ({result['goaway_text']})" if result.get("goaway_text") else ""))
    if not parts:
        parts.append("nothing")
    return ", ".join(parts)


def read_until_closed(sock, timeout):
    """What the server sends on a raw socket before it closes it (or `timeout` passes)."""
    sock.settimeout(timeout)
    data, deadline = b"", time.time() + timeout
    while time.time() < deadline:
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            return data, False
        except (ConnectionResetError, BrokenPipeError):
            return data, True
        if not chunk:
            return data, True
        data += chunk
    return data, False


def server_frames(data):
    """The frame types in raw bytes the server sent, e.g. ['SETTINGS', 'GOAWAY PROTOCOL_ERROR']."""
    out, pos = [], 0
    while pos + 9 <= len(data):
        length, kind = int.from_bytes(data[pos:pos + 3], "big"), data[pos + 3]
        payload = data[pos + 9:pos + 9 + length]
        name = FRAME_NAMES[kind] if kind < len(FRAME_NAMES) else f"type {kind}"
        if kind == GOAWAY and len(payload) >= 8:
            name += " " + error_name(struct.unpack(">I", payload[4:8])[0])
            if payload[8:]:
                name += f" ({payload[8:].decode('utf-8', 'replace')})"
        out.append(name)
        pos += 9 + length
    return out


# ---------------------------------------------------------------------------------------------
# the checks

passed, failures, deviations = 0, [], []
strict = False


def check(condition, what, detail=""):
    global passed
    if condition:
        passed += 1
        print(f"ok   {what}" + (f": {detail}" if detail else ""), flush=True)
    else:
        failures.append(what)
        print(f"FAIL {what}" + (f"\n     {detail}" if detail else ""), flush=True)


def deviation(what, detail):
    """What the server does that the project's own word (its --help, its docs) says otherwise, or
    that a hardened server would not do; a failure with --strict, else a `note` line."""
    if strict:
        check(False, what, detail)
    else:
        deviations.append(what)
        print(f"note {what}: {detail}", flush=True)


class Suite:
    def __init__(self, target, max_request_bytes, qa_pb2):
        self.target = target
        self.host, port = target.rsplit(":", 1)
        self.port = int(port)
        self.max_request_bytes = max_request_bytes
        self.qa_pb2 = qa_pb2

    def channel(self):
        # A connection of its own: gRPC would otherwise share one between channels.
        return grpc.insecure_channel(self.target, options=[("grpc.use_local_subchannel_pool", 1),
                                                           ("grpc.enable_retries", 0)])

    def ask_stub(self, channel, raw=False):
        return channel.unary_unary(
            ASK, request_serializer=None if raw else self.qa_pb2.AskRequest.SerializeToString,
            response_deserializer=self.qa_pb2.AskResponse.FromString)

    def still_serving(self, after):
        """A normal Ask on a fresh connection, answered."""
        try:
            with self.channel() as channel:
                reply = self.ask_stub(channel)(self.qa_pb2.AskRequest(question=QUESTION), timeout=5)
            good = reply.status == self.qa_pb2.ANSWER_STATUS_ANSWERED and "集成電路" in reply.answer
            check(good, f"  then a normal Ask on a fresh connection is answered ({after})",
                  "" if good else f"status {reply.status}, answer {reply.answer!r}")
        except grpc.RpcError as e:
            check(False, f"  then a normal Ask on a fresh connection is answered ({after})", f"{e.code().name}: {e.details()}")

    def raw(self):
        return socket.create_connection((self.host, self.port), timeout=5)

    # -- bytes that are not HTTP/2 ------------------------------------------------------------

    def garbage(self):
        sock = self.raw()
        sock.sendall(bytes((i * 151 + 17) % 256 for i in range(4096)))
        data, closed = read_until_closed(sock, 5)
        sock.close()
        check(closed, "garbage bytes: the server closes the connection",
              f"it sent {' + '.join(server_frames(data)) or 'nothing'}, then closed" if closed else "still open after 5 s")
        self.still_serving("after garbage")

    def http1(self):
        sock = self.raw()
        sock.sendall(f"GET / HTTP/1.1\r\nHost: {self.target}\r\nConnection: close\r\n\r\n".encode())
        data, closed = read_until_closed(sock, 5)
        sock.close()
        text = data.decode("latin-1")
        check(closed, "an HTTP/1.1 request: the server closes the connection",
              (f"it answered {text.splitlines()[0]!r}, then closed" if text.startswith("HTTP/1")
               else f"it sent {' + '.join(server_frames(data)) or 'nothing'}, then closed") if closed else "still open after 5 s")
        self.still_serving("after HTTP/1.1")

    def truncated_preface(self):
        sock = self.raw()
        sock.sendall(PREFACE[:14])
        # Held open: others are served meanwhile.
        self.still_serving("while a connection sits on half a preface")
        sock.close()
        check(True, "a truncated HTTP/2 preface, held open then closed")
        self.still_serving("after the truncated preface")

    def truncated_frame(self):
        c = Connection(self.host, self.port).start()
        # A HEADERS frame that says 200 bytes and sends 20 of them.
        c.send(frame(HEADERS, END_HEADERS | END_STREAM, 1, encode_headers([(":method", "POST"), (":path", ASK)]) + b"\0" * 200)[:29])
        self.still_serving("while a connection sits on a truncated frame")
        c.close()
        check(True, "a valid preface then a truncated frame, held open then closed")
        self.still_serving("after the truncated frame")

    def oversized_frame(self):
        c = Connection(self.host, self.port).start()
        limit = c.server_settings.get(SETTINGS_MAX_FRAME_SIZE, 16384)
        c.send(struct.pack(">I", 16_000_000)[1:] + bytes([DATA, 0]) + struct.pack(">I", 1) + b"\0" * 1024)
        seen = [FRAME_NAMES[k] + (" " + error_name(struct.unpack(">I", p[4:8])[0]) if k == GOAWAY else "")
                for k, f, s, p in c.frames(5) if k != SETTINGS]
        closed = c.closed
        c.close()
        check(any(s.startswith("GOAWAY FRAME_SIZE_ERROR") for s in seen),
              f"a frame header announcing 16 MB (max frame size {limit}): GOAWAY FRAME_SIZE_ERROR",
              f"server sent {', '.join(seen) or 'nothing'}{', then closed' if closed else ''}")
        self.still_serving("after the oversized frame")

    # -- gRPC requests the service does not take ---------------------------------------------

    def unknown_method(self):
        for path in ("/suiwen.v1.QAService/Nope", "/suiwen.v1.Nope/Ask"):
            with self.channel() as channel:
                call = channel.unary_unary(path, request_serializer=None, response_deserializer=None)
                try:
                    call(b"", timeout=5)
                    check(False, f"{path} is UNIMPLEMENTED", "it was answered")
                except grpc.RpcError as e:
                    check(e.code() == grpc.StatusCode.UNIMPLEMENTED, f"{path} is UNIMPLEMENTED",
                          f"{e.code().name}: {e.details()}")
        self.still_serving("after unknown methods")

    def wrong_content_type(self):
        c = Connection(self.host, self.port).start()
        results = {}
        for stream, ctype in ((1, "text/plain"), (3, "application/json"), (5, None)):
            headers = [(":method", "POST"), (":scheme", "http"), (":path", ASK), (":authority", "suiwen"), ("te", "trailers")]
            if ctype:
                headers.append(("content-type", ctype))
            c.send(frame(HEADERS, END_HEADERS, stream, encode_headers(headers)) + frame(DATA, END_STREAM, stream, ask_body(QUESTION)))
            results[ctype or "no content-type"] = c.response(stream)
        c.close()
        for ctype, r in results.items():
            h = r["headers"]
            # gRPC over HTTP/2: a content-type that is not application/grpc gets HTTP 415.
            refused = h.get(":status") == "415" or (h.get("grpc-status") not in (None, "0")) or r["reset"] is not None
            check(refused and r["ended"], f"a call with {ctype} is refused, not answered", describe(r))
        self.still_serving("after wrong content types")

    def too_large(self):
        """Past --max-request-bytes. The server's --help says RESOURCE_EXHAUSTED; grpc-swift-nio-transport
        resets the stream instead (RST_STREAM CANCEL: grpcio's CANCELLED) and the connection lives on."""
        limit = self.max_request_bytes

        def outcome(call, request):
            try:
                call(request, timeout=5)
                return grpc.StatusCode.OK, "answered"
            except grpc.RpcError as e:
                return e.code(), e.details()

        with self.channel() as channel:
            ask, ask_raw = self.ask_stub(channel), self.ask_stub(channel, raw=True)
            question = "南" * (100 * 1024 // 3 + 1)  # 100 KiB of UTF-8
            cases = [("a 100 KiB question", ask, self.qa_pb2.AskRequest(question=question)),
                     (f"a request of {limit + 1} bytes (limit + 1)", ask_raw, pb_string(1, b"a" * (limit + 1 - 4)))]
            assert len(cases[1][2]) == limit + 1
            for label, call, request in cases:
                code, details = outcome(call, request)
                refused = code == grpc.StatusCode.RESOURCE_EXHAUSTED or (
                    code == grpc.StatusCode.CANCELLED and "RST_STREAM" in (details or ""))
                check(refused, f"{label} is refused (RESOURCE_EXHAUSTED, or the stream reset)", f"{code.name}: {details}")
                # Documented (README, `serve --help`): over gRPC the transport resets a stream whose
                # message is over the limit; the client sees CANCELLED with RST_STREAM.
            # Right at the limit the transport lets it through (the engine's own limit on a
            # question's length then refuses it as INVALID_ARGUMENT).
            code, details = outcome(ask_raw, pb_string(1, b"a" * (limit - 4)))
            check(code != grpc.StatusCode.RESOURCE_EXHAUSTED and code != grpc.StatusCode.CANCELLED,
                  f"a request of exactly {limit} bytes passes the size limit", f"{code.name}: {details}")
            # The same connection goes on serving.
            reply = ask(self.qa_pb2.AskRequest(question=QUESTION), timeout=5)
            check(reply.status == self.qa_pb2.ANSWER_STATUS_ANSWERED, "  the connection that sent them is still answered")
        # A length prefix that claims 2 GiB and sends a few bytes: refused on the prefix, at once.
        c = Connection(self.host, self.port).start()
        c.request(1, body=b"\x00\x7f\xff\xff\xff" + b"a" * 100, end_stream=False)
        r = c.response(1, timeout=5)
        c.close()
        check(r["headers"].get("grpc-status") == "8" or r["reset"] is not None,
              "a message whose length prefix claims 2 GiB is refused before it arrives", describe(r))
        self.still_serving("after oversized messages")

    def unread_streams(self):
        """Connections that open every stream they may, with a flow-control window of 0 (the server
        cannot send a byte of any reply), and never read the socket."""
        hogs, opened = [], 0
        for _ in range(4):
            c = Connection(self.host, self.port).start(initial_window_size=0)
            n = c.server_settings.get(SETTINGS_MAX_CONCURRENT_STREAMS, 100)
            c.send(b"".join(frame(HEADERS, END_HEADERS, 2 * i + 1, encode_headers([
                (":method", "POST"), (":scheme", "http"), (":path", ASK), (":authority", "suiwen"),
                ("content-type", "application/grpc"), ("te", "trailers")])) + frame(DATA, END_STREAM, 2 * i + 1, ask_body(QUESTION))
                for i in range(n)))
            opened += n
            hogs.append(c)
        time.sleep(0.3)
        started = time.time()
        self.still_serving(f"while 4 connections hold {opened} streams whose replies they never read")
        check(time.time() - started < 2, "  ... and promptly", f"{(time.time() - started) * 1000:.0f} ms")
        # One stream past the limit: refused (REFUSED_STREAM), or the connection closed (GOAWAY).
        hogs[0].request(2 * n + 1, body=ask_body(QUESTION))
        r = hogs[0].response(2 * n + 1, timeout=3)
        check(r["reset"] == "REFUSED_STREAM" or r["goaway"] is not None,
              f"stream {n + 1} on a connection allowed {n} is refused", describe(r))
        for c in hogs:
            c.close()
        self.still_serving("after they close")

    def rapid_reset(self):
        """HEADERS then RST_STREAM at once, thousands of times (CVE-2023-44487)."""
        c = Connection(self.host, self.port).start()
        headers = encode_headers([(":method", "POST"), (":scheme", "http"), (":path", ASK), (":authority", "suiwen"),
                                  ("content-type", "application/grpc"), ("te", "trailers")])
        sent = 0
        try:
            for batch in range(20):
                c.send(b"".join(frame(HEADERS, END_HEADERS, 2 * (batch * 500 + i) + 1, headers)
                                + frame(RST_STREAM, 0, 2 * (batch * 500 + i) + 1, struct.pack(">I", 8))
                                for i in range(500)))
                sent += 500
        except (BrokenPipeError, ConnectionResetError):
            pass
        goaway = [error_name(struct.unpack(">I", p[4:8])[0]) for k, f, s, p in c.frames(3) if k == GOAWAY]
        c.close()
        check(True, f"{sent} streams opened and reset at once (rapid reset)",
              f"the server {'sent GOAWAY ' + goaway[0] if goaway else 'kept the connection open'}")
        self.still_serving("after rapid reset")

    def continuation_flood(self):
        """A header block that never ends: HEADERS without END_HEADERS, then CONTINUATION frames."""
        c = Connection(self.host, self.port).start()
        c.send(frame(HEADERS, 0, 1, encode_headers([(":method", "POST"), (":path", ASK)])))
        chunk = frame(CONTINUATION, 0, 1, encode_headers([("x-filler", "x" * 8000)]))
        sent = 0
        try:
            for _ in range(2000):  # 16 MB of header block
                c.send(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            pass
        seen = [FRAME_NAMES[k] + (" " + error_name(struct.unpack(">I", p[4:8])[0]) if k == GOAWAY else "")
                for k, f, s, p in c.frames(3) if k != SETTINGS]
        closed = c.closed
        c.close()
        check(closed or any(s.startswith("GOAWAY") for s in seen),
              "an endless header block (CONTINUATION flood) ends the connection",
              f"{sent // 1024} KiB sent; server: {', '.join(seen) or 'nothing'}{', closed' if closed else ''}")
        self.still_serving("after the CONTINUATION flood")

    # -- message content ------------------------------------------------------------------------

    def corrupt_context(self):
        with self.channel() as channel:
            ask = self.ask_stub(channel)
            note = "context token was not understood"
            first = ask(self.qa_pb2.AskRequest(question="郭昊羽是誰?"), timeout=5)
            for label, token in (("garbage", "not-a-token!!"), ("a flipped character", first.context[:-3] + ("A" if first.context[-3] != "A" else "B")
                                  + first.context[-2:]),
                                 ("cut inside a field", first.context[:-2]),
                                 ("10 KB of base64", "QUFB" * 2500)):
                try:
                    reply = ask(self.qa_pb2.AskRequest(question=QUESTION, context=token), timeout=5)
                    notes = list(reply.explanation.notes)
                    check(any(note in n for n in notes) and reply.status == self.qa_pb2.ANSWER_STATUS_ANSWERED,
                          f"a corrupt context token ({label}) is ignored and the reply's notes say so",
                          "" if any(note in n for n in notes) else f"notes {notes}, status {reply.status}")
                except grpc.RpcError as e:
                    check(False, f"a corrupt context token ({label}) is ignored and the reply's notes say so",
                          f"{e.code().name}: {e.details()}")
            # A token cut short (by whole base64 digits, so what is left still decodes): the
            # checksum fails it, so it is ignored with the note.
            for k in (1, 4, 8):
                cut = first.context[:-k]
                reply = ask(self.qa_pb2.AskRequest(question="還有呢", context=cut), timeout=5)
                check(any(note in n for n in reply.explanation.notes),
                      f"a context token cut by {k} characters is ignored and the reply's notes say so",
                      f"notes {list(reply.explanation.notes)}")
            fields = ConversationFields(first.context)
            if fields.silent_cut:
                reply = ask(self.qa_pb2.AskRequest(question="還有呢", context=fields.silent_cut), timeout=5)
                if not any(note in n for n in reply.explanation.notes):
                    deviation("a truncated context token that still decodes is used, with no note",
                              f"{first.context!r} = {fields.text!r} cut to {fields.silent_cut!r} = "
                              f"{fields.decode(fields.silent_cut)!r}; 還有呢 with it is answered "
                              f"{reply.answer[:36]!r}..., notes {list(reply.explanation.notes)}")
        self.still_serving("after corrupt context tokens")

    def invalid_utf8(self):
        with self.channel() as channel:
            ask = self.ask_stub(channel, raw=True)
            for label, payload in (("in the question", pb_string(1, "南沙".encode() + b"\xff\xfe\xc3" + "的產業重點?".encode())),
                                   ("in the context", pb_string(1, QUESTION.encode()) + pb_string(2, b"\xc0\x80abc")),
                                   ("a malformed protobuf", b"\x0a\xff\xff\xff\xff\x0f")):
                try:
                    reply = ask(payload, timeout=5)
                    check(True, f"invalid UTF-8 / bytes {label}: a reply, not a crash",
                          f"answered: status {reply.status}, notes {list(reply.explanation.notes)}")
                except grpc.RpcError as e:
                    check(e.code() in (grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.INTERNAL),
                          f"invalid UTF-8 / bytes {label}: refused with a status", f"{e.code().name}: {e.details()}")
        self.still_serving("after invalid UTF-8")

    def deadline(self):
        codes = {}
        for _ in range(10):
            with self.channel() as channel:  # a fresh connection: connecting alone takes about 1 ms
                try:
                    self.ask_stub(channel)(self.qa_pb2.AskRequest(question=QUESTION), timeout=0.001)
                    code = "OK"
                except grpc.RpcError as e:
                    code = e.code().name
                codes[code] = codes.get(code, 0) + 1
        with self.channel() as channel:
            grpc.channel_ready_future(channel).result(timeout=5)
            for _ in range(10):
                try:
                    self.ask_stub(channel)(self.qa_pb2.AskRequest(question=QUESTION), timeout=0.001)
                    code = "OK"
                except grpc.RpcError as e:
                    code = e.code().name
                codes[code] = codes.get(code, 0) + 1
            # A Chat stream the client keeps open past its deadline: DEADLINE_EXCEEDED for certain.
            chat = channel.stream_stream("/suiwen.v1.QAService/Chat", request_serializer=self.qa_pb2.ChatRequest.SerializeToString,
                                         response_deserializer=self.qa_pb2.ChatResponse.FromString)
            hold = threading.Event()

            def questions():
                yield self.qa_pb2.ChatRequest(question=QUESTION)
                hold.wait(5)

            try:
                list(chat(questions(), timeout=0.001))
                chat_code = "OK"
            except grpc.RpcError as e:
                chat_code = e.code().name
            hold.set()
        summary = ", ".join(f"{n} {c}" for c, n in sorted(codes.items()))
        # An answer takes microseconds: a 1 ms deadline is sometimes met. Any other outcome fails.
        check(set(codes) <= {"DEADLINE_EXCEEDED", "OK"}, "Ask with a deadline of 1 ms: DEADLINE_EXCEEDED or in time, nothing else",
              f"20 calls (10 on fresh connections): {summary}")
        check(chat_code == "DEADLINE_EXCEEDED", "a Chat stream held open past a 1 ms deadline: DEADLINE_EXCEEDED on the client", chat_code)
        # The deadline as the server sees it: grpc-timeout on raw streams whose client neither ends
        # them nor cancels them (grpcio sends RST_STREAM when its deadline passes; this client does not).
        c = Connection(self.host, self.port).start()
        c.request(1, body=ask_body(QUESTION), extra=[("grpc-timeout", "1u")])
        r = c.response(1)
        check(r["ended"] and r["headers"].get("grpc-status") in ("0", "4"),
              "Ask with grpc-timeout: 1u (one microsecond): answered or DEADLINE_EXCEEDED, and ended", describe(r))
        c.request(3, body=ask_body(QUESTION), extra=[("grpc-timeout", "50m")], end_stream=False)
        c.request(5, path="/suiwen.v1.QAService/Chat", body=ask_body(QUESTION), extra=[("grpc-timeout", "50m")], end_stream=False)
        started, ended = time.time(), {}
        for kind, flags, stream, payload in c.frames(timeout=1.5):
            if stream in (3, 5) and (kind == RST_STREAM or (kind in (HEADERS, DATA) and flags & END_STREAM)):
                ended[stream] = (time.time() - started, describe({"headers": dict(payload) if kind == HEADERS else {},
                                                                   "reset": None, "goaway": None}))
            if len(ended) == 2:
                break
        c.close()
        for stream, what in ((3, "an Ask whose request never ends"), (5, "a Chat stream left open")):
            if stream not in ended:
                deviation(f"{what}, grpc-timeout 50 ms: the server does not end it at its deadline",
                          "still open 1.5 s later (the server sends no DEADLINE_EXCEEDED)")
            else:
                check(True, f"{what}, grpc-timeout 50 ms: ended by the server", f"after {ended[stream][0] * 1000:.0f} ms: {ended[stream][1]}")
        self.still_serving("after 1 ms deadlines")

    def run(self):
        for test in (self.garbage, self.http1, self.truncated_preface, self.truncated_frame, self.oversized_frame,
                     self.unknown_method, self.wrong_content_type, self.too_large, self.unread_streams,
                     self.rapid_reset, self.continuation_flood, self.corrupt_context, self.invalid_utf8, self.deadline):
            try:
                test()
            except Exception as e:  # a check that could not run is a failure, not a crash of the suite
                check(False, f"{test.__name__} ran", f"{type(e).__name__}: {e}")
                self.still_serving(f"after {test.__name__} broke off")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("address", nargs="?", default="127.0.0.1:50051")
    parser.add_argument("--max-request-bytes", type=int, default=65536,
                        help="the server's --max-request-bytes (default: its default, 65536)")
    parser.add_argument("--strict", action="store_true",
                        help="count the `note` lines (where the server departs from its own documentation, or "
                             "does not bound what a client holds) as failures")
    args = parser.parse_args()
    global strict
    strict = args.strict
    started = time.time()
    with tempfile.TemporaryDirectory() as out:
        rc = protoc.main(["grpc_tools.protoc", f"-I{ROOT}/Protos", f"--python_out={out}", "suiwen/v1/qa.proto"])
        if rc != 0:
            sys.exit(f"abuse_test: protoc failed ({rc})")
        sys.path.insert(0, out)
        from suiwen.v1 import qa_pb2
        with grpc.insecure_channel(args.address) as channel:
            grpc.channel_ready_future(channel).result(timeout=10)
        Suite(args.address, args.max_request_bytes, qa_pb2).run()
    print(f"abuse_test: {passed} passed, {len(failures)} failed ({time.time() - started:.1f} s)"
          + (f"; {len(deviations)} notes (--strict fails on them)" if deviations else ""), flush=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
