#!/usr/bin/env python3
"""The HTTP port as a client with nothing but Python's standard library (urllib) sees it.

Usage: http_client_test.py HTTP_BASE_URL [--cors ORIGIN]

HTTP_BASE_URL is the `HTTP on http://127.0.0.1:PORT/` line of `suiwen serve --http-port`.
Checks the Connect unary Ask (JSON and application/proto), every Connect error, the chat page,
/healthz and /metrics. Without --cors it checks that the server sends no CORS headers; with
--cors ORIGIN (the server started with `--cors-origin ORIGIN`) it checks the preflight and the
headers of a cross-origin call, and that another origin gets none.

Prints one line per check passed; exits 1 at the first failed check.
"""
import argparse
import json
import re
import sys
import urllib.error
import urllib.request

ASK = "/suiwen.v1.QAService/Ask"
passed = 0


def ok(what):
    global passed
    passed += 1
    print(f"ok   {what}", flush=True)


def check(condition, what, detail=""):
    if not condition:
        print(f"FAIL {what}" + (f"\n     {detail}" if detail else ""), flush=True)
        print(f"http_client_test: {passed} passed, 1 failed", flush=True)
        sys.exit(1)
    ok(what)


class Reply:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def header(self, name):
        return self.headers.get(name)

    def json(self):
        try:
            return json.loads(self.body.decode("utf-8"))
        except ValueError:
            return None

    def __str__(self):
        return f"HTTP {self.status} {dict(self.headers)} {self.body[:600].decode('utf-8', 'replace')}"


def call(base, method, path, body=None, headers=None):
    request = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return Reply(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.headers, error.read())


def ask_json(base, payload, headers=None):
    body = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return call(base, "POST", ASK, body, {"Content-Type": "application/json", **(headers or {})})


# A tiny protobuf encoder/decoder: enough for AskRequest and AskResponse without generated code.

def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def length_delimited(field, data):
    return varint(field << 3 | 2) + varint(len(data)) + data


def encode_ask_request(question, context=""):
    out = length_delimited(1, question.encode("utf-8"))
    if context:
        out += length_delimited(2, context.encode("utf-8"))
    return out


def decode(data):
    """{field number: [values]}: bytes for length-delimited fields, ints for varints."""
    fields, i = {}, 0

    def read_varint():
        nonlocal i
        shift = result = 0
        while True:
            byte = data[i]
            i += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return result

    while i < len(data):
        key = read_varint()
        number, wire = key >> 3, key & 7
        if wire == 0:
            value = read_varint()
        elif wire == 2:
            size = read_varint()
            value = data[i:i + size]
            i += size
        elif wire == 5:
            value = data[i:i + 4]
            i += 4
        elif wire == 1:
            value = data[i:i + 8]
            i += 8
        else:
            raise ValueError(f"wire type {wire} at byte {i}")
        fields.setdefault(number, []).append(value)
    return fields


def expect_error(base, what, reply, status, code):
    body = reply.json()
    check(reply.status == status and isinstance(body, dict) and body.get("code") == code
          and isinstance(body.get("message"), str) and body["message"].strip() != ""
          and (reply.header("Content-Type") or "").startswith("application/json"),
          f"{what} -> HTTP {status}, Connect code {code}, a message", str(reply))


def metric_sum(text, name, **labels):
    """The sum of the samples of `name` whose labels include `labels`."""
    total, found = 0.0, False
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        match = re.match(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)", line)
        if not match or match.group(1) != name:
            continue
        have = dict(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"', match.group(3) or ""))
        if all(have.get(k) == v for k, v in labels.items()):
            total += float(match.group(4))
            found = True
    return total if found else 0.0


def scrape(base, when):
    reply = call(base, "GET", "/metrics")
    check(reply.status == 200 and (reply.header("Content-Type") or "").startswith("text/plain"),
          f"GET /metrics is Prometheus text ({when})", str(reply))
    return reply.body.decode("utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--cors", metavar="ORIGIN", help="the server was started with --cors-origin ORIGIN")
    args = parser.parse_args()
    base = args.base.rstrip("/")

    # Ask in JSON, and a follow-up with its context.
    first = ask_json(base, {"question": "南沙的產業重點?"})
    reply = first.json() or {}
    check(first.status == 200 and (first.header("Content-Type") or "").startswith("application/json"),
          "POST Ask (JSON) -> 200 application/json", str(first))
    check(reply.get("status") == "ANSWER_STATUS_ANSWERED", "南沙的產業重點? is ANSWER_STATUS_ANSWERED", str(first))
    check(all(w in reply.get("answer", "") for w in ["集成電路", "人工智能", "創新金融"]),
          "the answer names 集成電路, 人工智能, 創新金融", str(first))
    citations = reply.get("citations") or []
    check(len(citations) > 0 and isinstance(citations[0].get("line"), int) and citations[0]["line"] > 0
          and citations[0].get("quote"), "the answer cites a quote with its line", str(first))
    check(isinstance(reply.get("context"), str) and reply["context"] != "", "the reply carries a context token", str(first))

    follow = ask_json(base, {"question": "那裡的書記是誰?", "context": reply["context"]})
    follow_reply = follow.json() or {}
    check(follow.status == 200 and "盧一先" in follow_reply.get("answer", ""),
          "follow-up 那裡的書記是誰? with the context -> 盧一先", str(follow))
    check((follow_reply.get("explanation") or {}).get("contextUsed", "") != "",
          "the follow-up's explanation.contextUsed is set", str(follow))

    alone = ask_json(base, {"question": "那裡的書記是誰?"}).json() or {}
    check(alone.get("status") == "ANSWER_STATUS_CLARIFY",
          "the same question without context is ANSWER_STATUS_CLARIFY (the context is what resolved 那裡)", str(alone))

    versioned = ask_json(base, {"question": "南沙的產業重點?"}, {"Connect-Protocol-Version": "1"})
    check(versioned.status == 200 and (versioned.json() or {}).get("status") == "ANSWER_STATUS_ANSWERED",
          "Ask with Connect-Protocol-Version: 1 -> 200 ANSWERED", str(versioned))

    charset = call(base, "POST", ASK, json.dumps({"question": "南沙的產業重點?"}).encode(),
                   {"Content-Type": "application/json; charset=utf-8"})
    check(charset.status == 200, "Content-Type application/json; charset=utf-8 is accepted", str(charset))

    unknown_field = ask_json(base, {"question": "南沙的產業重點?", "notAField": 1})
    check(unknown_field.status == 200, "an unknown JSON field is ignored", str(unknown_field))

    # application/proto: bytes built by hand.
    binary = call(base, "POST", ASK, encode_ask_request("南沙的產業重點?"), {"Content-Type": "application/proto"})
    check(binary.status == 200 and (binary.header("Content-Type") or "").startswith("application/proto"),
          "POST Ask (application/proto) -> 200 application/proto", str(binary))
    check(reply["answer"].encode("utf-8") in binary.body, "the proto reply's bytes contain the answer's UTF-8", str(binary))
    fields = decode(binary.body)
    check(fields.get(1, [b""])[0].decode("utf-8") == reply["answer"] and fields.get(2) == [1],
          "the proto reply decodes: answer (1) as in JSON, status (2) = 1 ANSWERED", repr(fields))
    citation = decode(fields[7][0]) if fields.get(7) else {}
    check(citation.get(3, [0])[0] > 0 and citation.get(2), "the proto reply has a citation (7) with quote and line", repr(fields))
    proto_context = fields.get(5, [b""])[0].decode("utf-8")
    binary_follow = call(base, "POST", ASK, encode_ask_request("那裡的書記是誰?", proto_context),
                         {"Content-Type": "application/proto"})
    check(binary_follow.status == 200 and "盧一先".encode("utf-8") in binary_follow.body,
          "a proto follow-up with context (field 2) -> 盧一先", str(binary_follow))

    # Every Connect error.
    expect_error(base, "empty question", ask_json(base, {"question": ""}), 400, "invalid_argument")
    expect_error(base, "no question field", ask_json(base, {}), 400, "invalid_argument")
    expect_error(base, "whitespace-only question", ask_json(base, {"question": "   "}), 400, "invalid_argument")
    expect_error(base, "a 501-character question", ask_json(base, {"question": "南" * 501}), 400, "invalid_argument")
    at_limit = ask_json(base, {"question": "南" * 500})
    check(at_limit.status == 200, "a 500-character question is accepted (the limit is 500)", str(at_limit))
    expect_error(base, "malformed JSON", ask_json(base, b'{"question":'), 400, "invalid_argument")
    expect_error(base, "question of the wrong JSON type", ask_json(base, b'{"question": 5}'), 400, "invalid_argument")
    expect_error(base, "a JSON array body", ask_json(base, '["南沙"]'.encode()), 400, "invalid_argument")
    expect_error(base, "malformed application/proto", call(base, "POST", ASK, b"\x0a\xff\xff", {"Content-Type": "application/proto"}),
                 400, "invalid_argument")
    expect_error(base, "empty question in application/proto", call(base, "POST", ASK, b"", {"Content-Type": "application/proto"}),
                 400, "invalid_argument")
    big = json.dumps({"question": "南沙的產業重點?", "pad": "a" * (64 * 1024)}).encode()
    expect_error(base, "a body over 64 KiB", ask_json(base, big), 413, "resource_exhausted")
    expect_error(base, "Content-Type text/plain",
                 call(base, "POST", ASK, b'{"question":"x"}', {"Content-Type": "text/plain"}), 415, "unimplemented")
    # urllib adds a form Content-Type to any POST without one; an empty value is the nearest it sends.
    expect_error(base, "an empty Content-Type", call(base, "POST", ASK, b'{"question":"x"}', {"Content-Type": ""}),
                 415, "unimplemented")
    for method in ["GET", "PUT", "DELETE"]:
        body = b"{}" if method == "PUT" else None
        wrong = call(base, method, ASK, body, {"Content-Type": "application/json"} if body else {})
        expect_error(base, f"{method} {ASK}", wrong, 405, "unimplemented")
        check("POST" in (wrong.header("Allow") or ""), f"{method} {ASK}'s 405 has Allow: POST", str(wrong))
    expect_error(base, "GET /no-such-path", call(base, "GET", "/no-such-path"), 404, "unimplemented")
    expect_error(base, "POST /suiwen.v1.QAService/Chat (a stream)",
                 call(base, "POST", "/suiwen.v1.QAService/Chat", b"{}", {"Content-Type": "application/json"}),
                 404, "unimplemented")
    expect_error(base, "POST /suiwen.v1.QAService/Nope",
                 call(base, "POST", "/suiwen.v1.QAService/Nope", b"{}", {"Content-Type": "application/json"}),
                 404, "unimplemented")
    expect_error(base, "Connect-Protocol-Version: 2",
                 ask_json(base, {"question": "南沙的產業重點?"}, {"Connect-Protocol-Version": "2"}), 400, "invalid_argument")

    # The page, health.
    page = call(base, "GET", "/")
    text = page.body.decode("utf-8", "replace")
    check(page.status == 200 and (page.header("Content-Type") or "").startswith("text/html")
          and "<form" in text.lower() and "<html" in text.lower(), "GET / is an HTML page with a form", str(page))
    check(ASK.lstrip("/") in text, "the page calls " + ASK.lstrip("/"), text[:300])
    health = call(base, "GET", "/healthz")
    check(health.status == 200 and health.body.decode().strip() == "SERVING", "GET /healthz says SERVING", str(health))

    # Metrics move.
    before = scrape(base, "before 3 asks")
    check(metric_sum(before, "suiwen_knowledge_version") >= 1, "suiwen_knowledge_version is exported", before[:400])
    check("suiwen_request_duration_seconds_bucket" in before, "suiwen_request_duration_seconds is a histogram", before[:400])
    for question in ["南沙的產業重點?", "廣州市長是誰?", "今天天氣如何?"]:
        ask_json(base, {"question": question})
    after = scrape(base, "after them")
    answered = metric_sum(after, "suiwen_requests_total", method="http.Ask", status="answered") - \
        metric_sum(before, "suiwen_requests_total", method="http.Ask", status="answered")
    missed = metric_sum(after, "suiwen_requests_total", method="http.Ask", status="no_answer") - \
        metric_sum(before, "suiwen_requests_total", method="http.Ask", status="no_answer")
    timed = metric_sum(after, "suiwen_request_duration_seconds_count", method="http.Ask") - \
        metric_sum(before, "suiwen_request_duration_seconds_count", method="http.Ask")
    check(answered == 2, "suiwen_requests_total{method=http.Ask,status=answered} went up by 2", f"it went up by {answered}")
    check(missed == 1, "suiwen_requests_total{method=http.Ask,status=no_answer} went up by 1", f"it went up by {missed}")
    check(metric_sum(after, "suiwen_requests_total", method="http.Ask", status="no_answer", intent="outside.scope") >= 1,
          "今天天氣如何? is counted with intent outside.scope", after)
    check(timed == 3, "suiwen_request_duration_seconds_count{method=http.Ask} went up by 3", f"it went up by {timed}")

    # CORS.
    preflight_headers = {"Origin": "https://other.invalid", "Access-Control-Request-Method": "POST",
                         "Access-Control-Request-Headers": "content-type, connect-protocol-version"}
    if not args.cors:
        preflight = call(base, "OPTIONS", ASK, None, preflight_headers)
        check(preflight.status in (200, 204), "OPTIONS preflight is answered", str(preflight))
        check(preflight.header("Access-Control-Allow-Origin") is None, "without --cors-origin, a preflight gets no ACAO", str(preflight))
        cross = ask_json(base, {"question": "南沙的產業重點?"}, {"Origin": "https://other.invalid"})
        check(cross.header("Access-Control-Allow-Origin") is None, "without --cors-origin, a cross-origin POST gets no ACAO", str(cross))
    else:
        origin = "https://allowed.example" if args.cors == "*" else args.cors
        expected = "*" if args.cors == "*" else args.cors
        preflight = call(base, "OPTIONS", ASK, None, {**preflight_headers, "Origin": origin})
        check(preflight.status in (200, 204), "OPTIONS preflight with Origin is answered", str(preflight))
        check(preflight.header("Access-Control-Allow-Origin") == expected, f"the preflight's ACAO is {expected}", str(preflight))
        methods = (preflight.header("Access-Control-Allow-Methods") or "").upper()
        check("POST" in methods, "the preflight allows POST", str(preflight))
        allowed = (preflight.header("Access-Control-Allow-Headers") or "").lower()
        check("content-type" in allowed and "connect-protocol-version" in allowed,
              "the preflight allows Content-Type and Connect-Protocol-Version", str(preflight))
        cross = ask_json(base, {"question": "南沙的產業重點?"}, {"Origin": origin})
        check(cross.status == 200 and cross.header("Access-Control-Allow-Origin") == expected,
              f"a cross-origin POST from {origin} gets ACAO {expected}", str(cross))
        if expected != "*":
            check("origin" in (cross.header("Vary") or "").lower(), "a per-origin ACAO comes with Vary: Origin", str(cross))
        failed = ask_json(base, {"question": ""}, {"Origin": origin})
        check(failed.status == 400 and failed.header("Access-Control-Allow-Origin") == expected,
              "a Connect error carries ACAO too (the page can read it)", str(failed))
        if args.cors != "*":
            other = call(base, "OPTIONS", ASK, None, {**preflight_headers, "Origin": "https://not-allowed.invalid"})
            check(other.header("Access-Control-Allow-Origin") is None, "a preflight from another origin gets no ACAO", str(other))
            other_post = ask_json(base, {"question": "南沙的產業重點?"}, {"Origin": "https://not-allowed.invalid"})
            check(other_post.header("Access-Control-Allow-Origin") is None, "a POST from another origin gets no ACAO", str(other_post))

    print(f"http_client_test: {passed} passed, 0 failed")


if __name__ == "__main__":
    main()
