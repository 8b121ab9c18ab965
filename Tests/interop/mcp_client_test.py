#!/usr/bin/env python3
"""Suiwen's MCP tools as the official Python SDK (PyPI `mcp`) sees them.

Usage:
  mcp_client_test.py --stdio "suiwen mcp --knowledge knowledge"
  mcp_client_test.py --http http://127.0.0.1:PORT          (the HTTP port; /mcp is added)

Over either transport: initialize, tools/list (ask with its input and output schemas,
list_topics), tools/call ask (an answer with its citation, a follow-up with the returned
context, an out-of-scope question), list_topics, and the errors: ask without a question or with
a non-string context (isError), an unknown tool (a JSON-RPC error). Over HTTP also: the raw
Streamable HTTP answers (Origin check, 405 for GET, 413) with urllib. With mcp 2.x it also
connects through the high-level `mcp.Client` in its default mode, which probes server/discover
first and falls back to initialize.

Works with mcp 1.x (camelCase fields) and 2.x (snake_case). Prints one line per check passed;
exits 1 at the first failed check.
"""
import argparse
import asyncio
import json
import shlex
import sys
import urllib.error
import urllib.request
from contextlib import AsyncExitStack
from importlib.metadata import version as package_version

from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

try:  # mcp >= 1.2x; 2.x has only this name
    from mcp.client.streamable_http import streamable_http_client as http_client
except ImportError:  # older 1.x
    from mcp.client.streamable_http import streamablehttp_client as http_client
try:
    from mcp.shared.exceptions import MCPError as ProtocolError  # 2.x
except ImportError:
    from mcp.shared.exceptions import McpError as ProtocolError  # 1.x

passed = 0


def ok(what):
    global passed
    passed += 1
    print(f"ok   {what}", flush=True)


class CheckFailed(Exception):
    pass


def check(condition, what, detail=""):
    if not condition:
        raise CheckFailed(f"{what}" + (f"\n     {detail}" if detail else ""))
    ok(what)


def field(obj, *names, default=None):
    """The first of `names` (snake_case for mcp 2.x, camelCase for 1.x) that `obj` has."""
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if not isinstance(obj, dict) and getattr(obj, name, None) is not None:
            return getattr(obj, name)
    return default


def structured(result):
    return field(result, "structured_content", "structuredContent") or {}


def is_error(result):
    return bool(field(result, "is_error", "isError", default=False))


def text_of(result):
    return "\n".join(getattr(item, "text", "") for item in (result.content or []))


async def exercise(session, label):
    """The checks every transport and mode share, on an initialized session."""
    tools = (await session.list_tools()).tools
    by_name = {tool.name: tool for tool in tools}
    check(set(by_name) >= {"ask", "list_topics"}, f"{label}tools/list names ask and list_topics", str(list(by_name)))
    ask_tool = by_name["ask"]
    input_schema = field(ask_tool, "input_schema", "inputSchema") or {}
    output_schema = field(ask_tool, "output_schema", "outputSchema")
    check("question" in (input_schema.get("required") or []) and "question" in (input_schema.get("properties") or {}),
          f"{label}ask's inputSchema requires question", json.dumps(input_schema, ensure_ascii=False))
    check(isinstance(output_schema, dict) and "status" in (output_schema.get("properties") or {})
          and "citations" in (output_schema.get("properties") or {}),
          f"{label}ask has an outputSchema (status, citations)", json.dumps(output_schema, ensure_ascii=False))
    check(field(by_name["list_topics"], "input_schema", "inputSchema") is not None, f"{label}list_topics has an inputSchema")

    first = await session.call_tool("ask", {"question": "南沙的產業重點?"})
    answer = structured(first)
    check(not is_error(first) and answer.get("status") == "ANSWERED", f"{label}ask 南沙的產業重點? -> status ANSWERED", str(first))
    check(all(w in answer.get("answer", "") for w in ["集成電路", "人工智能", "創新金融"]),
          f"{label}the answer names 集成電路, 人工智能, 創新金融", str(answer))
    citations = answer.get("citations") or []
    check(len(citations) > 0 and isinstance(citations[0].get("line"), int) and citations[0]["line"] > 0 and citations[0].get("quote"),
          f"{label}structuredContent cites a quote with its line", str(answer))
    check(answer["answer"] in text_of(first) and citations[0]["quote"] in text_of(first),
          f"{label}the text content has the answer and the quote", text_of(first))
    check(isinstance(answer.get("context"), str) and answer["context"], f"{label}structuredContent has a context", str(answer))

    follow = structured(await session.call_tool("ask", {"question": "那裡的書記是誰?", "context": answer["context"]}))
    check(follow.get("status") == "ANSWERED" and "盧一先" in follow.get("answer", ""),
          f"{label}follow-up 那裡的書記是誰? with that context -> 盧一先", str(follow))

    outside = structured(await session.call_tool("ask", {"question": "今天天氣如何?"}))
    check(outside.get("status") == "NO_ANSWER" and outside.get("suggestions"),
          f"{label}今天天氣如何? -> NO_ANSWER with suggestions", str(outside))

    topics_result = await session.call_tool("list_topics", {})
    topics = structured(topics_result)
    by_type = topics.get("topics") or {}
    check(not is_error(topics_result) and "盧一先" in (by_type.get("person") or []) and "南沙" in (by_type.get("district") or []),
          f"{label}list_topics has people (盧一先) and districts (南沙)", str(topics)[:600])
    check(topics.get("document"), f"{label}list_topics names the document", str(topics)[:300])

    missing = await session.call_tool("ask", {})
    check(is_error(missing) and "question" in text_of(missing), f"{label}ask without question -> isError, says why", str(missing))
    empty = await session.call_tool("ask", {"question": ""})
    check(is_error(empty) and text_of(empty).strip(), f"{label}ask with an empty question -> isError, says why", str(empty))
    bad_context = await session.call_tool("ask", {"question": "南沙的產業重點?", "context": 5})
    check(is_error(bad_context), f"{label}ask with a non-string context -> isError", str(bad_context))

    try:
        unknown = await session.call_tool("no_such_tool", {})
    except ProtocolError as error:
        check(error.error.code == -32602 and "no_such_tool" in error.error.message,
              f"{label}an unknown tool -> JSON-RPC error -32602 naming it", repr(error.error))
    else:
        check(is_error(unknown), f"{label}an unknown tool -> an error", str(unknown))


async def run_session(transport, label):
    async with AsyncExitStack() as stack:
        streams = await stack.enter_async_context(transport)
        session = await stack.enter_async_context(ClientSession(streams[0], streams[1]))
        init = await asyncio.wait_for(session.initialize(), 30)
        info = field(init, "server_info", "serverInfo")
        check(info is not None and info.name == "suiwen", f"{label}initialize: serverInfo.name is suiwen", str(init))
        capabilities = field(init, "capabilities")
        check(capabilities is not None and capabilities.tools is not None, f"{label}initialize: the server has tools", str(init))
        check(field(init, "protocol_version", "protocolVersion"), f"{label}initialize: protocol version "
              f"{field(init, 'protocol_version', 'protocolVersion')}")
        await asyncio.wait_for(exercise(session, label), 60)


async def run_high_level(server, label):
    """mcp 2.x's `Client`, in its default mode: server/discover first, then initialize."""
    try:
        from mcp import Client
    except ImportError:
        print(f"skip {label}mcp.Client (mcp {package_version('mcp')} has none)", flush=True)
        return
    async with Client(server) as client:
        check(client.server_info is not None and client.server_info.name == "suiwen",
              f"{label}connected (protocol {client.protocol_version}, server {client.server_info.name})")
        result = await client.call_tool("ask", {"question": "南沙的產業重點?"})
        check(structured(result).get("status") == "ANSWERED", f"{label}ask -> ANSWERED", str(result))


def raw(url, method, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def raw_http_checks(url):
    ping = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "ping"}).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    status, _, body = raw(url, "POST", ping, headers)
    check(status == 200 and json.loads(body).get("result") == {}, "raw: ping without initialize -> {} (stateless)", f"{status} {body!r}")
    status, _, body = raw(url, "POST", ping, {**headers, "Origin": "https://evil.example"})
    check(status == 403, "raw: Origin https://evil.example -> 403", f"{status} {body!r}")
    for origin in ["http://localhost:3000", "http://127.0.0.1:8080"]:
        status, _, body = raw(url, "POST", ping, {**headers, "Origin": origin})
        check(status == 200, f"raw: Origin {origin} -> 200", f"{status} {body!r}")
    status, reply_headers, body = raw(url, "GET", None, {"Accept": "text/event-stream"})
    check(status == 405 and "POST" in (reply_headers.get("Allow") or ""), "raw: GET (no SSE stream) -> 405 Allow: POST",
          f"{status} {dict(reply_headers)} {body!r}")
    status, _, body = raw(url, "POST", b'{"jsonrpc":', headers)
    check(status == 400 and json.loads(body)["error"]["code"] == -32700, "raw: malformed JSON -> 400, -32700", f"{status} {body!r}")
    big = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "ping", "params": {"pad": "a" * (64 * 1024)}}).encode()
    status, _, body = raw(url, "POST", big, headers)
    check(status == 413, "raw: a body over 64 KiB -> 413", f"{status} {body[:300]!r}")


async def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--stdio", metavar="CMD", help='the server command, e.g. "suiwen mcp --knowledge knowledge"')
    target.add_argument("--http", metavar="URL", help="the HTTP port's base URL (or its /mcp URL)")
    args = parser.parse_args()
    print(f"# mcp {package_version('mcp')}", flush=True)

    if args.stdio:
        command = shlex.split(args.stdio)
        params = StdioServerParameters(command=command[0], args=command[1:])
        await run_session(stdio_client(params), "stdio: ")
        await run_high_level(StdioServerParameters(command=command[0], args=command[1:]), "stdio, mcp.Client: ")
    else:
        url = args.http.rstrip("/")
        if not url.endswith("/mcp"):
            url += "/mcp"
        await run_session(http_client(url), "http: ")
        await run_high_level(url, "http, mcp.Client: ")
        raw_http_checks(url)
    print(f"mcp_client_test: {passed} passed, 0 failed", flush=True)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except CheckFailed as failure:
        print(f"FAIL {failure}", flush=True)
        print(f"mcp_client_test: {passed} passed, 1 failed", flush=True)
        sys.exit(1)
    except BaseException as error:  # an exception group from the transport's task group, a timeout, ...
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        causes = getattr(error, "exceptions", None)
        if causes and len(causes) == 1 and isinstance(causes[0], CheckFailed):
            print(f"FAIL {causes[0]}", flush=True)
        else:
            print(f"FAIL the MCP client stopped: {type(error).__name__}: {error!r}", flush=True)
        print(f"mcp_client_test: {passed} passed, 1 failed", flush=True)
        sys.exit(1)
