#!/usr/bin/env python3
"""Server reflection as a client that has neither the .proto files nor generated code sees it.

Usage: reflection_client_test.py HOST:PORT     (the gRPC port)

With grpcio-reflection's ProtoReflectionDescriptorDatabase (grpc.reflection.v1alpha): lists the
services, fetches the file that defines suiwen.v1.QAService, builds the message classes at run
time (descriptor_pool + message_factory.GetMessageClass) and calls Ask and Chat with them, and
grpc.health.v1.Health/Check the same way. Then speaks grpc.reflection.v1 (and v1alpha) by hand
on one stream: list_services, file_by_filename, file_containing_symbol, and the NOT_FOUND (5)
error_response for what the server does not have.

Prints one line per check passed; exits 1 at the first failed check.
"""
import sys

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import ProtoReflectionDescriptorDatabase

try:  # newer grpcio-reflection may ship v1 stubs; v1 and v1alpha are wire-identical
    from grpc_reflection.v1 import reflection_pb2 as v1_messages
    V1_STUBS = "grpc_reflection.v1"
except ImportError:
    from grpc_reflection.v1alpha import reflection_pb2 as v1_messages
    V1_STUBS = "grpc_reflection.v1alpha's messages (the package has no v1 stubs; the two are wire-identical)"
from grpc_reflection.v1alpha import reflection_pb2 as v1alpha_messages

SERVICES = {"suiwen.v1.QAService", "grpc.health.v1.Health",
            "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"}
NOT_FOUND = grpc.StatusCode.NOT_FOUND.value[0]
passed = 0


def ok(what):
    global passed
    passed += 1
    print(f"ok   {what}", flush=True)


def check(condition, what, detail=""):
    if not condition:
        print(f"FAIL {what}" + (f"\n     {detail}" if detail else ""), flush=True)
        print(f"reflection_client_test: {passed} passed, 1 failed", flush=True)
        sys.exit(1)
    ok(what)


def unary(channel, pool, method_name):
    """A callable for a unary method, with classes built from the pool's descriptors."""
    service_name, method = method_name.rsplit(".", 1)
    descriptor = pool.FindServiceByName(service_name).methods_by_name[method]
    request_class = message_factory.GetMessageClass(descriptor.input_type)
    response_class = message_factory.GetMessageClass(descriptor.output_type)
    call = channel.unary_unary(f"/{service_name}/{method}", request_serializer=request_class.SerializeToString,
                               response_deserializer=response_class.FromString)
    return request_class, call


def reflection_dynamic(channel):
    database = ProtoReflectionDescriptorDatabase(channel)
    services = set(database.get_services())
    check(services >= SERVICES, "list_services names QAService, Health and both reflection services", str(sorted(services)))

    qa_file = database.FindFileContainingSymbol("suiwen.v1.QAService")
    check(qa_file.package == "suiwen.v1" and [s.name for s in qa_file.service] == ["QAService"],
          f"the file containing suiwen.v1.QAService is {qa_file.name} (package suiwen.v1)", str(qa_file)[:300])
    methods = {m.name: m for m in qa_file.service[0].method}
    check(set(methods) == {"Ask", "Chat"} and methods["Chat"].client_streaming and methods["Chat"].server_streaming
          and not methods["Ask"].client_streaming, "QAService has unary Ask and bidi-streaming Chat", str(methods))
    for symbol in ["suiwen.v1.QAService.Ask", "suiwen.v1.AskRequest", "suiwen.v1.AnswerStatus"]:
        check(database.FindFileContainingSymbol(symbol).name == qa_file.name, f"{symbol} is found in {qa_file.name}")
    check(database.FindFileByName(qa_file.name).name == qa_file.name, f"file_by_filename {qa_file.name} works")
    try:
        database.FindFileContainingSymbol("suiwen.v1.NoSuchThing")
        check(False, "an unknown symbol is not found")
    except KeyError:
        ok("an unknown symbol raises KeyError in the descriptor database (error_response)")

    pool = descriptor_pool.DescriptorPool(database)
    AskRequest, ask = unary(channel, pool, "suiwen.v1.QAService.Ask")
    status_enum = pool.FindEnumTypeByName("suiwen.v1.AnswerStatus")
    answered = status_enum.values_by_name["ANSWER_STATUS_ANSWERED"].number
    first = ask(AskRequest(question="南沙的產業重點?"), timeout=10)
    check(first.status == answered and all(w in first.answer for w in ["集成電路", "人工智能", "創新金融"]),
          "Ask(南沙的產業重點?) with run-time classes -> ANSWERED, names 集成電路, 人工智能, 創新金融",
          json_format.MessageToJson(first, ensure_ascii=False))
    check(len(first.citations) > 0 and first.citations[0].line > 0 and "創新金融" in first.citations[0].quote,
          "the run-time AskResponse has a citation with its line", str(first.citations))
    as_json = json_format.MessageToDict(first)
    check(as_json.get("status") == "ANSWER_STATUS_ANSWERED", "json_format renders the run-time message (status by name)", str(as_json))
    follow = ask(AskRequest(question="那裡的書記是誰?", context=first.context), timeout=10)
    check("盧一先" in follow.answer and follow.explanation.context_used,
          "a follow-up with the context -> 盧一先, explanation.context_used set", str(follow))
    try:
        ask(AskRequest(question=""), timeout=10)
        check(False, "an empty question is refused")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.INVALID_ARGUMENT, "an empty question -> INVALID_ARGUMENT", str(error))

    chat_method = pool.FindServiceByName("suiwen.v1.QAService").methods_by_name["Chat"]
    ChatRequest = message_factory.GetMessageClass(chat_method.input_type)
    ChatResponse = message_factory.GetMessageClass(chat_method.output_type)
    chat = channel.stream_stream("/suiwen.v1.QAService/Chat", request_serializer=ChatRequest.SerializeToString,
                                 response_deserializer=ChatResponse.FromString)
    replies = list(chat(iter([ChatRequest(question="南沙的产业重点?"), ChatRequest(question="那里的书记是谁?")]), timeout=10))
    check(len(replies) == 2 and "集成电路" in replies[0].reply.answer and "卢一先" in replies[1].reply.answer,
          "Chat with run-time classes carries the context (卢一先)", str(replies))

    HealthCheckRequest, health_check = unary(channel, pool, "grpc.health.v1.Health.Check")
    serving = pool.FindMessageTypeByName("grpc.health.v1.HealthCheckResponse").enum_types_by_name["ServingStatus"] \
        .values_by_name["SERVING"].number
    for service in ["", "suiwen.v1.QAService"]:
        reply = health_check(HealthCheckRequest(service=service), timeout=10)
        check(reply.status == serving, f"Health.Check({service!r}) with run-time classes -> SERVING", str(reply))


def reflection_raw(channel, version, messages):
    info = channel.stream_stream(f"/grpc.reflection.{version}.ServerReflection/ServerReflectionInfo",
                                 request_serializer=messages.ServerReflectionRequest.SerializeToString,
                                 response_deserializer=messages.ServerReflectionResponse.FromString)
    Request = messages.ServerReflectionRequest
    requests = [
        Request(host="suiwen.test", list_services=""),
        Request(file_containing_symbol="suiwen.v1.QAService"),
        Request(file_by_filename="suiwen/v1/qa.proto"),
        Request(file_containing_symbol="no.such.Service"),
        Request(file_by_filename="no/such.proto"),
        Request(file_containing_extension=messages.ExtensionRequest(containing_type="suiwen.v1.AskRequest", extension_number=100)),
        Request(all_extension_numbers_of_type="suiwen.v1.AskRequest"),
        Request(all_extension_numbers_of_type="no.such.Type"),
        Request(),
    ]
    replies = list(info(iter(requests), timeout=10))
    label = f"raw {version}:"
    check(len(replies) == len(requests), f"{label} one ServerReflectionInfo stream answers each of {len(requests)} requests",
          f"{len(replies)} replies")
    listed, by_symbol, by_name, unknown_symbol, unknown_file, extension, numbers, unknown_type, empty = replies
    check({s.name for s in listed.list_services_response.service} >= SERVICES, f"{label} list_services names all four services",
          str(listed))
    check(listed.valid_host == "suiwen.test" and listed.original_request.HasField("list_services"),
          f"{label} the reply echoes valid_host and original_request", str(listed)[:300])
    for what, reply in [("file_containing_symbol suiwen.v1.QAService", by_symbol), ("file_by_filename suiwen/v1/qa.proto", by_name)]:
        protos = reply.file_descriptor_response.file_descriptor_proto
        parsed = descriptor_pb2.FileDescriptorProto.FromString(protos[0]) if protos else None
        check(parsed is not None and parsed.name == "suiwen/v1/qa.proto" and parsed.service[0].name == "QAService",
              f"{label} {what} -> a FileDescriptorProto of suiwen/v1/qa.proto with QAService", str(reply)[:300])
    for what, reply in [("unknown symbol no.such.Service", unknown_symbol), ("unknown file no/such.proto", unknown_file),
                        ("unknown extension of suiwen.v1.AskRequest", extension), ("all_extension_numbers of an unknown type", unknown_type)]:
        check(reply.HasField("error_response") and reply.error_response.error_code == NOT_FOUND and reply.error_response.error_message,
              f"{label} {what} -> error_response NOT_FOUND (5) with a message", str(reply))
    check(numbers.all_extension_numbers_response.base_type_name == "suiwen.v1.AskRequest"
          and list(numbers.all_extension_numbers_response.extension_number) == [],
          f"{label} all_extension_numbers_of_type suiwen.v1.AskRequest -> none", str(numbers))
    check(empty.HasField("error_response") and empty.error_response.error_code == grpc.StatusCode.INVALID_ARGUMENT.value[0],
          f"{label} a request naming nothing -> error_response INVALID_ARGUMENT (3)", str(empty))


def main():
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} HOST:PORT")
    with grpc.insecure_channel(sys.argv[1]) as channel:
        try:
            grpc.channel_ready_future(channel).result(timeout=10)
        except grpc.FutureTimeoutError:
            check(False, f"the server at {sys.argv[1]} is reachable")
        reflection_dynamic(channel)
        print(f"# raw v1 with {V1_STUBS}", flush=True)
        reflection_raw(channel, "v1", v1_messages)
        reflection_raw(channel, "v1alpha", v1alpha_messages)
    print(f"reflection_client_test: {passed} passed, 0 failed")


if __name__ == "__main__":
    main()
