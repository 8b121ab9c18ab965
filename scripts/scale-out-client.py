#!/usr/bin/env python3
"""The Python half of scripts/scale-out (which starts the servers and nginx; see there).

  scale-out-client.py ports N
      prints N free TCP ports of 127.0.0.1, one a line
  scale-out-client.py nginx-conf TEMPLATE DIR --listen PORT --replica HOST:PORT ... [--next-upstream WORDS]
      renders deploy/nginx/suiwen.conf into DIR/suiwen.conf, and DIR/nginx.conf around it that
      keeps nginx's pid, logs and temporary files in DIR and runs it as the current user
  scale-out-client.py run --reference ADDR --balancer ADDR ... SET.jsonl ...
      the passes through nginx, each reply compared with the single reference server's; kills
      replica-2 in pass 2 and replica-3 in pass 4 (see scripts/scale-out)

The Python code for suiwen/v1/qa.proto is generated at run time (grpcio-tools, or Debian's protoc when
grpcio-tools is absent) into the --gen directory: the messages only, as the grpcio runtime and
protobuf are all a unary call needs.
"""
import argparse
import collections
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---------------------------------------------------------------------------------------------
# ports and the nginx configuration

def free_ports(count):
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def render_nginx(template, out, listen, replicas, next_upstream=None):
    """Renders the documented config for local replicas; fails if the template's shape changed."""
    text = open(template, encoding="utf-8").read()
    out = os.path.abspath(out)

    upstream = re.search(r"(upstream\s+suiwen_replicas\s*\{)(.*?)(\n\})", text, re.S)
    if not upstream:
        sys.exit(f"{template}: no `upstream suiwen_replicas {{ ... }}` block")
    body = upstream.group(2)
    servers = list(re.finditer(r"^([ \t]*)server[ \t]+\S+?((?:[ \t]+[^;\n]*)?);[^\n]*$", body, re.M))
    if not servers:
        sys.exit(f"{template}: the upstream has no `server ADDRESS ...;` line")
    indent, params = servers[0].group(1), servers[0].group(2)
    lines = "\n".join(f"{indent}server {r}{params};" for r in replicas)
    # The span from the first server line to the last is replaced as a whole.
    body = body[: servers[0].start()] + lines + body[servers[-1].end():]
    text = text[: upstream.start(2)] + body + text[upstream.end(2):]

    def sub(pattern, replacement, what):
        nonlocal text
        text, n = re.subn(pattern, replacement, text, flags=re.M)
        if n != 1:
            sys.exit(f"{template}: expected one {what}, found {n}")

    sub(r"^([ \t]*)listen[ \t]+[^;\n]*?\bhttp2\b[^;\n]*;", rf"\g<1>listen 127.0.0.1:{listen} http2;", "`listen ... http2;`")
    sub(r"^([ \t]*)access_log[ \t]+\S+[ \t]+suiwen_upstream;", rf"\g<1>access_log {out}/access.log suiwen_upstream;",
        "`access_log PATH suiwen_upstream;`")
    if next_upstream:
        sub(r"^([ \t]*)grpc_next_upstream[ \t]+[^;\n]*;", rf"\g<1>grpc_next_upstream {next_upstream};", "`grpc_next_upstream ...;`")
    if "grpc_pass grpc://suiwen_replicas;" not in text:
        sys.exit(f"{template}: no `grpc_pass grpc://suiwen_replicas;`")

    with open(os.path.join(out, "suiwen.conf"), "w", encoding="utf-8") as f:
        f.write(f"# Rendered by scripts/scale-out from {os.path.relpath(template, ROOT)}.\n" + text)

    # As root, nginx would switch its workers to `nobody`; name the current user instead (the
    # directive is ignored, with a warning, when nginx does not start as root).
    user = ""
    if os.geteuid() == 0:
        import grp
        import pwd
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name};\n"
    temp = "\n".join(f"    {kind}_temp_path {out}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    with open(os.path.join(out, "nginx.conf"), "w", encoding="utf-8") as f:
        f.write(
            "# Written by scripts/scale-out: everything nginx writes stays in this directory.\n"
            f"{user}worker_processes 1;\n"
            "daemon off;\n"
            f"pid {out}/nginx.pid;\n"
            f"error_log {out}/error.log warn;\n"
            "events { worker_connections 1024; }\n"
            "http {\n"
            f"{temp}\n"
            f"    include {out}/suiwen.conf;\n"
            "}\n"
        )


# ---------------------------------------------------------------------------------------------
# the service

def load_stubs(gen):
    os.makedirs(gen, exist_ok=True)
    try:
        from grpc_tools import protoc
        rc = protoc.main(["grpc_tools.protoc", f"-I{ROOT}/Protos", f"--python_out={gen}", "suiwen/v1/qa.proto"])
    except ImportError:  # Debian's protobuf-compiler: the messages are all a unary call needs
        rc = subprocess.call(["protoc", f"-I{ROOT}/Protos", f"--python_out={gen}", "suiwen/v1/qa.proto"])
    if rc != 0:
        sys.exit(f"scale-out: generating Python code for Protos/suiwen/v1/qa.proto failed ({rc})")
    sys.path.insert(0, gen)
    from suiwen.v1 import qa_pb2
    return qa_pb2


# What a client can do that nginx cannot (see pass 4): resend a call that failed UNAVAILABLE.
# Safe for Ask, which the server answers from the question and the token alone.
RETRY_SERVICE_CONFIG = {"methodConfig": [{
    "name": [{"service": "suiwen.v1.QAService", "method": "Ask"}],
    "retryPolicy": {"maxAttempts": 3, "initialBackoff": "0.05s", "maxBackoff": "0.5s", "backoffMultiplier": 2,
                    "retryableStatusCodes": ["UNAVAILABLE"]},
}]}


class Client:
    """One channel, on its own HTTP/2 connection, to ADDR; Ask with a correlation id as metadata."""

    def __init__(self, grpc, qa_pb2, address, retries=False):
        self.qa_pb2 = qa_pb2
        # Without `retries`, no client-side retries at all: every failure nginx lets through counts.
        # A connection of its own (gRPC would share one between channels to the same address).
        options = [("grpc.enable_retries", 1 if retries else 0), ("grpc.use_local_subchannel_pool", 1)]
        if retries:
            options.append(("grpc.service_config", json.dumps(RETRY_SERVICE_CONFIG)))
        self.channel = grpc.insecure_channel(address, options=options)
        grpc.channel_ready_future(self.channel).result(timeout=10)
        self.stub = self.channel.unary_unary(
            "/suiwen.v1.QAService/Ask",
            request_serializer=qa_pb2.AskRequest.SerializeToString,
            response_deserializer=qa_pb2.AskResponse.FromString,
        )

    def ask(self, question, context, call=None):
        metadata = (("x-suiwen-call", call),) if call else None
        return self.stub(self.qa_pb2.AskRequest(question=question, context=context), timeout=10, metadata=metadata)


def load_conversations(paths):
    conversations = []
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    case = json.loads(line)
                    conversations.append((f"{name}/{case['id']}", [t["q"] for t in case["turns"]]))
    return conversations


KEY_FIELDS = ("answer", "status", "citations")


def differences(reply, reference):
    """The fields of AskResponse in which reply differs from reference."""
    return [f.name for f in reference.DESCRIPTOR.fields if getattr(reply, f.name) != getattr(reference, f.name)]


LOG_LINE = re.compile(r'^\S+ (?P<msec>[\d.]+) call="(?P<call>[^"]*)" status=(?P<status>\S+) grpc_status=(?P<grpc>\S*) '
                      r'upstream="(?P<upstream>[^"]*)" upstream_status="(?P<ustatus>[^"]*)"')


def read_access_log(path, calls, wait=3.0):
    """call id -> its log lines (one per time the call reached nginx), for the given calls."""
    deadline = time.time() + wait
    while True:
        entries = collections.defaultdict(list)
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = LOG_LINE.match(line)
                if m and m["call"] in calls:
                    entries[m["call"]].append({
                        "msec": float(m["msec"]),
                        "attempts": [a.strip() for a in m["upstream"].split(",")],
                        "statuses": [s.strip() for s in m["ustatus"].split(",")],
                        "ok": m["status"] == "200" and m["grpc"] == "0",
                    })
        if len(entries) == len(calls) or time.time() > deadline:
            return entries
        time.sleep(0.1)


def rss_kib(pid):
    out = subprocess.run(["ps", "-o", "rss=", "-p", str(pid)], capture_output=True, text=True).stdout.strip()
    return int(out) if out else None


def cpu_seconds(pid):
    """User and system CPU time the process has used (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def mib(kib):
    return f"{kib / 1024:.1f} MiB" if kib is not None else "?"


class Pass:
    """What one pass did: its calls (id -> conversation, turn, start, end), errors and differences."""

    def __init__(self):
        self.calls, self.errors, self.mismatches = {}, [], []
        self.kill_time = self.started = self.elapsed = None

    @property
    def compared(self):
        return len(self.calls) - len(self.errors)

    @property
    def key_mismatches(self):
        return [m for m in self.mismatches if any(d in KEY_FIELDS for d in m[1])]

    def in_flight_at_kill(self):
        return sum(1 for (_, _, b, e) in self.calls.values() if self.kill_time and b <= self.kill_time <= e)


# ---------------------------------------------------------------------------------------------
# the run

class ScaleOut:
    def __init__(self, args):
        import grpc
        self.grpc, self.args = grpc, args
        self.qa_pb2 = load_stubs(args.gen)
        self.conversations = load_conversations(args.sets)
        self.turns = sum(len(t) for _, t in self.conversations)
        self.replicas = args.replica
        self.figures = collections.OrderedDict()
        self.failed = False
        self.error_log_offset = 0

    def name(self, address):
        return f"replica-{self.replicas.index(address) + 1}" if address in self.replicas else address

    def client(self, address, retries=False):
        return Client(self.grpc, self.qa_pb2, address, retries)

    def reference_replies(self):
        reference = self.client(self.args.reference)
        self.ref = []
        for _, questions in self.conversations:
            context, replies = "", []
            for q in questions:
                reply = reference.ask(q, context)
                replies.append(reply)
                context = reply.context
            self.ref.append(replies)

    def converse(self, label, clients, rounds=1, kill=None):
        """Every conversation `rounds` times, len(clients) at a time, each turn passing back the
        previous reply's context token; every reply compared with the single server's. kill=(pid,
        n): SIGKILL pid when n calls have finished."""
        result, lock = Pass(), threading.Lock()
        done, free = [0], list(clients)
        local = threading.local()

        def conversation(job):
            r, ci = job
            if not hasattr(local, "client"):
                with lock:
                    local.client = free.pop()
            context = ""
            for ti, q in enumerate(self.conversations[ci][1]):
                call = f"{label}-r{r}-c{ci}-t{ti}"
                begun = time.time()
                try:
                    reply, error = local.client.ask(q, context, call), None
                except self.grpc.RpcError as e:
                    reply, error = None, (e.code().name, e.details())
                ended = time.time()
                with lock:
                    result.calls[call] = (ci, ti, begun, ended)
                    done[0] += 1
                    if kill and done[0] == kill[1]:
                        os.kill(kill[0], signal.SIGKILL)
                        result.kill_time = time.time()
                    if error:
                        result.errors.append((call, begun, ended) + error)
                    else:
                        diff = differences(reply, self.ref[ci][ti])
                        if diff:
                            result.mismatches.append((call, diff))
                            print(f"  DIFFERS {call} {self.conversations[ci][0]} turn {ti + 1} ({q}): {', '.join(diff)}")
                            if "answer" in diff:
                                print(f"    through nginx: {reply.answer}\n    single server: {self.ref[ci][ti].answer}")
                # After a failed call, the conversation goes on with the single server's token.
                context = reply.context if reply is not None else self.ref[ci][ti].context

        result.started = time.time()
        with ThreadPoolExecutor(len(clients)) as pool:
            list(pool.map(conversation, [(r, ci) for r in range(rounds) for ci in range(len(self.conversations))]))
        result.elapsed = time.time() - result.started
        return result

    def report(self, result, label):
        print(f"{result.compared} replies compared: {result.compared - len(result.key_mismatches)} identical to the single "
              f"server's in answer, status and citations, {result.compared - len(result.mismatches)} in every field "
              f"(context token, intent, confidence, entities, explanation, suggestions too)")
        self.figures[f"{label}: replies compared"] = result.compared
        self.figures[f"{label}: identical (answer, status, citations)"] = result.compared - len(result.key_mismatches)
        self.figures[f"{label}: identical (every field)"] = result.compared - len(result.mismatches)
        if result.key_mismatches:
            self.failed = True

    def report_errors(self, result):
        start = result.kill_time or result.started
        print(f"failed calls: {len(result.errors)}" + "".join(
            f"\n  {c}: {code} {details} ({b - start:+.3f} s from the {'kill' if result.kill_time else 'start'})"
            for c, b, _, code, details in result.errors))

    def nginx_errors(self):
        kinds = collections.Counter()
        if os.path.exists(self.args.error_log):
            with open(self.args.error_log, encoding="utf-8", errors="replace") as f:
                f.seek(self.error_log_offset)
                text = f.read()
                self.error_log_offset = f.tell()
            for line in text.splitlines():
                m = re.search(r"\[(\w+)\] \d+#\d+: \*\d+ (.*?) while (.*?), client", line)
                if m:
                    kinds[f"[{m[1]}] {m[2]} while {m[3]}"] += 1
        for kind, n in kinds.most_common():
            print(f"  nginx error log: {n} x {kind}")

    def passed_on(self, log, address=None):
        """Calls nginx passed from one replica to the next (from `address`, if given)."""
        return [e for entries in log.values() for e in entries
                if len(e["attempts"]) > 1 and (address is None or address in e["attempts"][:-1])]

    def describe_passed_on(self, entries):
        return ", ".join(f"{' -> '.join(self.name(a) for a in attempts)} ({' -> '.join(statuses)}) x{n}"
                         for (attempts, statuses), n in collections.Counter(
                             (tuple(e["attempts"]), tuple(e["statuses"])) for e in entries).items()) or "none"

    def served(self, log, after=None, before=None):
        count = collections.Counter(
            e["attempts"][-1] for entries in log.values() for e in entries
            if e["ok"] and (after is None or e["msec"] >= after) and (before is None or e["msec"] < before))
        return {self.name(a): count[a] for a in self.replicas}

    def run(self):
        a = self.args
        multi = [i for i, (_, t) in enumerate(self.conversations) if len(t) > 1]
        print(f"{len(self.conversations)} conversations, {self.turns} turns, {len(multi)} of them multi-turn "
              f"({sum(len(self.conversations[i][1]) for i in multi)} turns), from "
              f"{', '.join(os.path.relpath(p, ROOT) for p in a.sets)}")
        # RSS right after start, before any call, as scripts/scale-out measured it.
        idle = {"reference": a.reference_idle_rss, "replica-1": a.replica_idle_rss}
        self.reference_replies()

        # -- pass 1 -----------------------------------------------------------------------------
        print("\n== pass 1: the conversations through nginx, one call at a time")
        p1 = self.converse("p1", [self.client(a.balancer)])
        self.report(p1, "pass 1")
        self.report_errors(p1)
        self.figures["pass 1: errors"] = len(p1.errors)
        if p1.errors:
            self.failed = True
        log = read_access_log(a.access_log, set(p1.calls))
        if len(log) != len(p1.calls):
            sys.exit(f"scale-out: {len(p1.calls) - len(log)} calls of pass 1 are not in nginx's access log ({a.access_log})")
        served = self.served(log)
        print("replica that served each call: " + ", ".join(f"{r} {n}" for r, n in served.items()))
        pairs = different = 0
        for k, ci in enumerate(multi):
            name, questions = self.conversations[ci]
            path = [log[f"p1-r0-c{ci}-t{ti}"][-1]["attempts"][-1] for ti in range(len(questions))]
            pairs += len(path) - 1
            different += sum(x != y for x, y in zip(path, path[1:]))
            if k < 3:
                print(f"  {name}: " + " -> ".join(f"{q} @ {self.name(r)}" for q, r in zip(questions, path)))
        print(f"consecutive turns of a conversation served by different replicas: {different} of {pairs}")
        self.figures["pass 1: calls per replica"] = served
        self.figures["pass 1: consecutive turns on different replicas"] = f"{different} of {pairs}"
        if pairs and not different:
            print("FAIL: no two consecutive turns landed on different replicas; the balancing was not shown")
            self.failed = True

        # -- pass 2 -----------------------------------------------------------------------------
        victim, victim_pid = self.replicas[1], a.replica_pid[1]
        total = a.rounds * self.turns
        print(f"\n== pass 2: {a.rounds} rounds of the conversations, {a.workers} at a time through nginx ({total} calls); "
              f"replica-2 ({victim}) gets SIGKILL after call {total // 2}; the client does not retry")
        p2 = self.converse("p2", [self.client(a.balancer) for _ in range(a.workers)], a.rounds, kill=(victim_pid, total // 2))
        print(f"{len(p2.calls)} calls in {p2.elapsed:.2f} s ({len(p2.calls) / p2.elapsed:.0f} a second); SIGKILL at "
              f"{p2.kill_time - p2.started:.2f} s, with {p2.in_flight_at_kill()} calls in flight at that instant")
        self.report_errors(p2)
        self.report(p2, "pass 2")
        log = read_access_log(a.access_log, set(p2.calls))
        passed = self.passed_on(log)
        print("calls served before the kill: " + ", ".join(f"{r} {n}" for r, n in self.served(log, before=p2.kill_time).items())
              + "; after: " + ", ".join(f"{r} {n}" for r, n in self.served(log, after=p2.kill_time).items()))
        print(f"calls nginx passed on to another replica: {len(passed)}: {self.describe_passed_on(passed)}")
        self.nginx_errors()
        self.figures["pass 2: calls"] = len(p2.calls)
        self.figures["pass 2: calls in flight at the kill"] = p2.in_flight_at_kill()
        self.figures["pass 2: failed calls"] = len(p2.errors)
        self.figures["pass 2: calls passed on by nginx"] = len(passed)

        # -- pass 3 -----------------------------------------------------------------------------
        fail_timeout = 10.0
        m = re.search(r"fail_timeout=(\d+)(ms|s)?\b", open(a.nginx_conf, encoding="utf-8").read())
        if m:
            fail_timeout = int(m[1]) / (1000 if m[2] == "ms" else 1)
        print(f"\n== pass 3: after the upstream's fail_timeout ({fail_timeout:g} s), when nginx tries replica-2 again, "
              f"the conversations once more, one call at a time")
        time.sleep(fail_timeout + 0.5)
        p3 = self.converse("p3", [self.client(a.balancer)])
        self.report_errors(p3)
        self.report(p3, "pass 3")
        log = read_access_log(a.access_log, set(p3.calls))
        passed = self.passed_on(log)
        print(f"calls nginx passed on to another replica: {len(passed)}: {self.describe_passed_on(passed)}")
        print("calls served: " + ", ".join(f"{r} {n}" for r, n in self.served(log).items()))
        self.nginx_errors()
        self.figures["pass 3: failed calls"] = len(p3.errors)
        self.figures["pass 3: calls passed on by nginx from the dead replica"] = len(self.passed_on(log, victim))

        # -- pass 4 -----------------------------------------------------------------------------
        victim, victim_pid = self.replicas[2], a.replica_pid[2]
        print(f"\n== pass 4: pass 2 again, killing replica-3 ({victim}), with clients that retry a call that fails "
              f"UNAVAILABLE (gRPC retry policy: {RETRY_SERVICE_CONFIG['methodConfig'][0]['retryPolicy']['maxAttempts']} "
              f"attempts); replica-1 is left alone")
        p4 = self.converse("p4", [self.client(a.balancer, retries=True) for _ in range(a.workers)], a.rounds,
                           kill=(victim_pid, total // 2))
        print(f"{len(p4.calls)} calls in {p4.elapsed:.2f} s; SIGKILL at {p4.kill_time - p4.started:.2f} s, with "
              f"{p4.in_flight_at_kill()} calls in flight at that instant")
        self.report_errors(p4)
        self.report(p4, "pass 4")
        log = read_access_log(a.access_log, set(p4.calls))
        resent = {c: entries for c, entries in log.items() if len(entries) > 1}
        print(f"calls the client sent again after UNAVAILABLE: {len(resent)}"
              + "".join(f"\n  {c}: " + " then ".join(f"{self.name(e['attempts'][-1])} {'OK' if e['ok'] else 'failed'}"
                                                        for e in entries) for c, entries in resent.items()))
        passed = self.passed_on(log)
        print(f"calls nginx passed on to another replica: {len(passed)}: {self.describe_passed_on(passed)}")
        self.nginx_errors()
        self.figures["pass 4: calls"] = len(p4.calls)
        self.figures["pass 4: calls in flight at the kill"] = p4.in_flight_at_kill()
        self.figures["pass 4: failed calls"] = len(p4.errors)
        self.figures["pass 4: calls resent by the client"] = len(resent)

        # -- memory -----------------------------------------------------------------------------
        print(f"\n== memory: resident set size (ps -o rss) of the reference server under {a.load} more calls "
              f"({a.workers} at a time)")
        flat = [(q, self.ref[ci][ti - 1].context if ti else "")
                for ci, (_, qs) in enumerate(self.conversations) for ti, q in enumerate(qs)]
        clients = [self.client(a.reference) for _ in range(a.workers)]
        calls = 2 * self.turns  # `suiwen eval` of the same sets, then the reference replies
        rss = [(0, idle["reference"]), (calls, rss_kib(a.reference_pid))]
        cpu_before, wall_before = cpu_seconds(a.reference_pid), time.time()
        with ThreadPoolExecutor(a.workers) as pool:
            while calls < a.load + 2 * self.turns:
                n = min(max(1000, a.load // 10), a.load + 2 * self.turns - calls)
                jobs = [(flat[(calls + k) % len(flat)], clients[k % a.workers]) for k in range(n)]
                list(pool.map(lambda job: job[1].ask(*job[0]), jobs))
                calls += n
                rss.append((calls, rss_kib(a.reference_pid)))
        cpu, wall = cpu_seconds(a.reference_pid) - cpu_before, time.time() - wall_before
        print("calls answered -> RSS: " + ", ".join(f"{n} -> {mib(k)}" for n, k in rss))
        if a.load:
            print(f"the {a.load} calls took {wall:.1f} s and {cpu:.2f} s of the server's CPU "
                  f"({cpu / a.load * 1e3:.2f} ms a call, {a.load / wall:.0f} calls a second from this client)")
            self.figures["CPU: reference server, a call"] = f"{cpu / a.load * 1e3:.2f} ms"
        survivor = rss_kib(a.replica_pid[0])
        print(f"replica-1, which served the rest of passes 2 to 4: idle {mib(idle['replica-1'])}, now {mib(survivor)}")
        self.figures["RSS: reference server idle"] = mib(rss[0][1])
        self.figures[f"RSS: reference server after {rss[-1][0]} calls"] = mib(rss[-1][1])
        self.figures["RSS: replica-1 idle, at the end"] = f"{mib(idle['replica-1'])}, {mib(survivor)}"

        # -- summary ----------------------------------------------------------------------------
        print("\n== figures")
        width = max(len(k) for k in self.figures)
        for k, v in self.figures.items():
            if isinstance(v, dict):
                v = ", ".join(f"{r} {n}" for r, n in v.items())
            print(f"  {k:<{width}}  {v}")
        if a.summary:
            with open(a.summary, "w", encoding="utf-8") as f:
                json.dump(self.figures, f, ensure_ascii=False, indent=2)
        if self.failed:
            print("FAIL: a reply through nginx differs from the single server's in answer, status or citations, "
                  "or a call failed with every replica up, or no conversation changed replica")
            return 1
        return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ports")
    p.add_argument("count", type=int)
    p = sub.add_parser("nginx-conf")
    p.add_argument("template")
    p.add_argument("dir")
    p.add_argument("--listen", type=int, required=True)
    p.add_argument("--replica", action="append", required=True)
    p.add_argument("--next-upstream")
    p = sub.add_parser("run")
    p.add_argument("--reference", required=True, help="the single server, HOST:PORT")
    p.add_argument("--reference-pid", type=int, required=True)
    p.add_argument("--balancer", required=True, help="nginx, HOST:PORT")
    p.add_argument("--replica", action="append", required=True, help="HOST:PORT of a replica, as in nginx's upstream")
    p.add_argument("--replica-pid", action="append", type=int, required=True)
    p.add_argument("--reference-idle-rss", type=int, help="KiB, measured before any call")
    p.add_argument("--replica-idle-rss", type=int, help="replica-1's, KiB, measured before any call")
    p.add_argument("--nginx-conf", required=True, help="the rendered suiwen.conf (for fail_timeout)")
    p.add_argument("--access-log", required=True)
    p.add_argument("--error-log", required=True)
    p.add_argument("--gen", required=True, help="a directory for the generated Python code")
    p.add_argument("--rounds", type=int, default=10)
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--load", type=int, default=3000, help="calls to the reference server for the RSS figure")
    p.add_argument("--summary", help="write the figures here as JSON")
    p.add_argument("sets", nargs="+")
    args = parser.parse_args()
    if args.command == "ports":
        print("\n".join(map(str, free_ports(args.count))))
    elif args.command == "nginx-conf":
        render_nginx(args.template, args.dir, args.listen, args.replica, args.next_upstream)
    else:
        if len(args.replica) != 3 or len(args.replica_pid) != 3:
            sys.exit("scale-out: run wants three replicas and their pids")
        sys.exit(ScaleOut(args).run())


if __name__ == "__main__":
    main()
