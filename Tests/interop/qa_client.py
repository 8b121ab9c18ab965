#!/usr/bin/env python3
"""An independent client of the Suiwen service, written with grpcio.

Stubs are generated from Protos/ with grpcio-tools at run time, so this checks the
contract as a client in another language sees it. Usage: qa_client.py HOST:PORT
"""
import os
import sys
import tempfile

from grpc_tools import protoc
import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def generate_stubs(out):
    rc = protoc.main([
        "grpc_tools.protoc", f"-I{ROOT}/Protos", f"--python_out={out}", f"--grpc_python_out={out}",
        "suiwen/v1/qa.proto",
    ])
    if rc != 0:
        sys.exit(f"qa_client: protoc failed ({rc})")
    sys.path.insert(0, out)


failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:50051"
    with tempfile.TemporaryDirectory() as out:
        generate_stubs(out)
        from suiwen.v1 import qa_pb2, qa_pb2_grpc

        with grpc.insecure_channel(target) as channel:
            grpc.channel_ready_future(channel).result(timeout=10)
            qa = qa_pb2_grpc.QAServiceStub(channel)

            first = qa.Ask(qa_pb2.AskRequest(question="南沙的產業重點?"), timeout=10)
            check(first.status == qa_pb2.ANSWER_STATUS_ANSWERED, "Ask answers 南沙的產業重點?")
            check(all(w in first.answer for w in ["集成電路", "人工智能", "創新金融"]), "the answer names 集成電路, 人工智能, 創新金融")
            check(len(first.citations) > 0 and "創新金融" in first.citations[0].quote, "the answer cites its source sentence")

            who = qa.Ask(qa_pb2.AskRequest(question="郭昊羽是誰?"), timeout=10)
            follow = qa.Ask(qa_pb2.AskRequest(question="他說要引進多少家500強央企子公司?", context=who.context), timeout=10)
            check("10" in follow.answer, "a follow-up with context resolves 他")

            replies = list(qa.Chat(iter([
                qa_pb2.ChatRequest(question="南沙的书记是谁"),
                qa_pb2.ChatRequest(question="那里聚焦哪些重点产业"),
            ]), timeout=10))
            check(len(replies) == 2, "Chat answers each question of the stream")
            check("卢一先" in replies[0].reply.answer and "集成电路" in replies[1].reply.answer,
                  "Chat carries the context and answers Simplified in Simplified")

            try:
                qa.Ask(qa_pb2.AskRequest(question=""), timeout=10)
                check(False, "an empty question is refused")
            except grpc.RpcError as error:
                check(error.code() == grpc.StatusCode.INVALID_ARGUMENT, "an empty question is INVALID_ARGUMENT")

            health = health_pb2_grpc.HealthStub(channel)
            status = health.Check(health_pb2.HealthCheckRequest(service=""), timeout=10).status
            check(status == health_pb2.HealthCheckResponse.SERVING, "health Check says SERVING")
            qa_status = health.Check(health_pb2.HealthCheckRequest(service="suiwen.v1.QAService"), timeout=10).status
            check(qa_status == health_pb2.HealthCheckResponse.SERVING, "health Check of suiwen.v1.QAService says SERVING")
            watch = health.Watch(health_pb2.HealthCheckRequest(service=""), timeout=10)
            check(next(watch).status == health_pb2.HealthCheckResponse.SERVING, "health Watch starts with SERVING")
            watch.cancel()

    total = checks
    print(f"{total - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
