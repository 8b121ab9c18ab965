#!/usr/bin/env python3
"""A chat bot on Suiwen's QAService, with grpcio.

Usage: chat_bot.py HOST:PORT [QUESTION...]

Asks each QUESTION in turn; with none, reads questions from standard input, one a line (with
a prompt when standard input is a terminal; Ctrl-D ends). Each reply's context token goes back
with the next question, so follow-ups such as 那裡的書記是誰? or 還有呢? are understood.

Prints each answer with its status, citations (line and quote), what it took from the context,
and suggestions. On an RPC error it prints the gRPC status and message on standard error and
exits 1.

The message and stub code is generated from Protos/suiwen/v1/qa.proto by grpcio-tools into
examples/python/gen/ (ignored by git) on the first run, and again when the proto is newer.
"""
import os
import sys

import grpc

EXAMPLE_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(EXAMPLE_DIR))
PROTO_ROOT = os.path.join(REPO_ROOT, "Protos")
PROTO = "suiwen/v1/qa.proto"
GENERATED_DIR = os.path.join(EXAMPLE_DIR, "gen")
RPC_TIMEOUT_SECONDS = 10
PROMPT = "問> "


def load_generated_modules():
    """Generates qa_pb2 and qa_pb2_grpc into gen/ when missing or older than the proto, and imports them."""
    proto_path = os.path.join(PROTO_ROOT, PROTO)
    generated = [os.path.join(GENERATED_DIR, "suiwen", "v1", name) for name in ("qa_pb2.py", "qa_pb2_grpc.py")]
    if not all(os.path.exists(path) and os.path.getmtime(path) >= os.path.getmtime(proto_path) for path in generated):
        from grpc_tools import protoc

        os.makedirs(GENERATED_DIR, exist_ok=True)
        arguments = ["grpc_tools.protoc", f"-I{PROTO_ROOT}", f"--python_out={GENERATED_DIR}",
                     f"--grpc_python_out={GENERATED_DIR}", PROTO]
        if protoc.main(arguments) != 0:
            sys.exit(f"chat_bot: generating Python code from {proto_path} failed")
    sys.path.insert(0, GENERATED_DIR)
    from suiwen.v1 import qa_pb2, qa_pb2_grpc

    return qa_pb2, qa_pb2_grpc


def questions(arguments, interactive):
    """The questions to ask: the arguments as given, else the non-blank lines of standard input."""
    if arguments:
        yield from arguments
    elif interactive:
        try:
            import readline  # noqa: F401  (line editing and history for input())
        except ImportError:
            pass
        while True:
            try:
                line = input(PROMPT)
            except EOFError:
                print()
                return
            if line.strip():
                yield line.strip()
    else:
        for line in sys.stdin:
            if line.strip():
                yield line.strip()


def print_reply(qa_pb2, question, reply, echo_question):
    if echo_question:
        print(f"Q: {question}")
    print(f"A: {reply.answer}")
    status = qa_pb2.AnswerStatus.Name(reply.status).removeprefix("ANSWER_STATUS_")
    print(f"   status: {status}, confidence {reply.confidence:.2f}")
    for citation in reply.citations:
        print(f"   cites {citation.source} line {citation.line}: {citation.quote}")
    if reply.explanation.context_used:
        print(f"   context used: {reply.explanation.context_used}")
    if reply.suggestions:
        print("   suggestions: " + " / ".join(reply.suggestions))
    sys.stdout.flush()


def main():
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    address, arguments = sys.argv[1], sys.argv[2:]
    interactive = not arguments and sys.stdin.isatty()
    qa_pb2, qa_pb2_grpc = load_generated_modules()

    with grpc.insecure_channel(address) as channel:
        qa = qa_pb2_grpc.QAServiceStub(channel)
        context = ""  # the previous reply's token; empty for the first question
        for turn, question in enumerate(questions(arguments, interactive)):
            try:
                reply = qa.Ask(qa_pb2.AskRequest(question=question, context=context), timeout=RPC_TIMEOUT_SECONDS)
            except grpc.RpcError as error:
                code = error.code()
                sys.exit(f"chat_bot: grpc-status {code.value[0]} ({code.name}): {error.details()}")
            if turn > 0 and not interactive:
                print()
            print_reply(qa_pb2, question, reply, echo_question=not interactive)
            context = reply.context


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print(file=sys.stderr)
        sys.exit(130)
