#!/usr/bin/env python3
"""The Python half of scripts/hardening (issue 9): each part starts its own `suiwen serve`, loads it,
signals it, and writes its figures (one `PART<TAB>NAME<TAB>VALUE` a line) to --figures.

  hardening-client.py load    h2load against Ask, then against grpc.health.v1.Health/Check
  hardening-client.py reload  SIGHUP with a valid, then an invalid, then a repaired knowledge copy,
                              under load from grpcio client threads
  hardening-client.py drain   SIGTERM under load (unary Ask and open Chat streams), then with a
                              stalled client of each kind
  hardening-client.py abuse   Tests/interop/abuse_test.py against a server with default limits

Options: --suiwen BINARY --h2load BINARY --tmp DIR --figures FILE --short --strict (see scripts/hardening).
Exits 1 when a part misses a target; where the server falls short of issue 9 or of its own
documentation (it cannot stop, a limit answers otherwise than documented, its RSS passes the
Kubernetes memory limit) is a FINDING line (a failure with --strict).
"""
import argparse
import collections
import os
import re
import resource
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Tests", "interop"))

QUESTIONS = [  # answered by the knowledge in knowledge/ (Tests/interop/qa_client.py, Tests/eval/team.jsonl)
    "南沙的產業重點?", "廣州市長是誰?", "郭昊羽是誰?", "海珠摸排了多少家轉移意向企業?", "四化平臺包括什麼?",
    "南沙的书记是谁", "盧一先是誰?",
]
LOAD_QUESTION = "南沙的產業重點?"
# The --grace-period the stalled-client drains run with (seconds).
STALL_GRACE = 1
# Seconds before SIGTERM within which a call may still reach the server after it stopped taking streams.
SIGNAL_RACE = 0.02


# ---------------------------------------------------------------------------------------------
# shared

class Run:
    def __init__(self, args):
        self.args = args
        self.failed = False
        self.findings = []
        self.part = "?"
        import grpc
        self.grpc = grpc
        self.qa_pb2 = load_stubs(os.path.join(args.tmp, "gen"))
        from grpc_health.v1 import health_pb2
        self.health_pb2 = health_pb2

    def figure(self, name, value):
        print(f"  {name}: {value}", flush=True)
        with open(self.args.figures, "a", encoding="utf-8") as f:
            f.write(f"{self.part}\t{name}\t{value}\n")

    def ok(self, what):
        print(f"ok   {what}", flush=True)

    def fail(self, what):
        print(f"FAIL {what}", flush=True)
        self.failed = True
        with open(self.args.figures, "a", encoding="utf-8") as f:
            f.write(f"{self.part}\tFAIL\t{what}\n")

    def expect(self, condition, what):
        (self.ok if condition else self.fail)(what)
        return condition

    def finding(self, what):
        """The server departs from what the issue or its own documentation says; a failure with --strict."""
        print(f"FINDING {what}", flush=True)
        self.findings.append(what)
        with open(self.args.figures, "a", encoding="utf-8") as f:
            f.write(f"{self.part}\tFINDING\t{what}\n")
        if self.args.strict:
            self.failed = True

    # -- clients

    def channel(self, address, **options):
        opts = [("grpc.use_local_subchannel_pool", 1)] + list(options.items())
        return self.grpc.insecure_channel(address, options=opts)

    def ask_stub(self, channel):
        return channel.unary_unary("/suiwen.v1.QAService/Ask", request_serializer=self.qa_pb2.AskRequest.SerializeToString,
                                   response_deserializer=self.qa_pb2.AskResponse.FromString)

    def chat_stub(self, channel):
        return channel.stream_stream("/suiwen.v1.QAService/Chat", request_serializer=self.qa_pb2.ChatRequest.SerializeToString,
                                     response_deserializer=self.qa_pb2.ChatResponse.FromString)

    def health_check(self, channel):
        return channel.unary_unary("/grpc.health.v1.Health/Check", request_serializer=self.health_pb2.HealthCheckRequest.SerializeToString,
                                   response_deserializer=self.health_pb2.HealthCheckResponse.FromString)

    def health_watch(self, channel):
        return channel.unary_stream("/grpc.health.v1.Health/Watch", request_serializer=self.health_pb2.HealthCheckRequest.SerializeToString,
                                    response_deserializer=self.health_pb2.HealthCheckResponse.FromString)

    def status_name(self, status):
        return self.health_pb2.HealthCheckResponse.ServingStatus.Name(status)


def load_stubs(gen):
    os.makedirs(gen, exist_ok=True)
    from grpc_tools import protoc
    if protoc.main(["grpc_tools.protoc", f"-I{ROOT}/Protos", f"--python_out={gen}", "suiwen/v1/qa.proto"]) != 0:
        sys.exit("hardening: generating Python code for Protos/suiwen/v1/qa.proto failed")
    sys.path.insert(0, gen)
    from suiwen.v1 import qa_pb2
    return qa_pb2


class Server:
    """`suiwen serve --port 0 ...`, its output in LOG; the address from its first line."""

    started = []  # killed on the way out, whatever happens

    def __init__(self, suiwen, log, *args):
        self.log = log
        self.out = open(log, "w", encoding="utf-8")
        self.process = subprocess.Popen([suiwen, "serve", "--port", "0", *args], stdout=self.out, stderr=subprocess.STDOUT,
                                        cwd=ROOT)
        self.pid = self.process.pid
        Server.started.append(self.process)
        deadline = time.time() + 30
        self.address = self.metrics = None
        while time.time() < deadline:
            text = self.text()
            m = re.search(r"^Suiwen listening on (\S+)", text, re.M)
            if m and ("--metrics-port" not in args or "Metrics on" in text):
                self.address = m.group(1)
                mm = re.search(r"^Metrics on (http://\S+)", text, re.M)
                self.metrics = mm.group(1) if mm else None
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        sys.exit(f"hardening: the server did not start:\n{self.text()}")

    def text(self):
        with open(self.log, encoding="utf-8", errors="replace") as f:
            return f.read()

    def rss_kib(self):
        out = subprocess.run(["ps", "-o", "rss=", "-p", str(self.pid)], capture_output=True, text=True).stdout.strip()
        return int(out) if out else None

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def threads(self):
        return len(os.listdir(f"/proc/{self.pid}/task"))

    def wait_for_log(self, pattern, since=0, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            m = re.search(pattern, self.text()[since:], re.M)
            if m:
                return m
            time.sleep(0.01)
        return None

    def stop(self, timeout=10):
        """SIGTERM, then SIGKILL after `timeout` s; the exit code (negative: the signal)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.out.close()
        return self.process.returncode


def mib(kib):
    return f"{kib / 1024:.1f} MiB" if kib is not None else "?"


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds is not None else "?"


def metric(url, name, labels):
    """The value of one Prometheus sample (0 when absent)."""
    text = urllib.request.urlopen(url, timeout=5).read().decode()
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


# ---------------------------------------------------------------------------------------------
# load

def grpc_frame(message):
    return b"\x00" + struct.pack(">I", len(message)) + message


def run_h2load(run, url, body, requests, connections, streams, threads):
    cmd = [run.args.h2load, "-n", str(requests), "-c", str(connections), "-m", str(streams), "-t", str(threads),
           "-d", body, "-H", "content-type: application/grpc", "-H", "te: trailers", url]
    print("  $ " + " ".join(cmd), flush=True)
    started = time.time()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = time.time() - started
    result = {"output": out, "elapsed": elapsed, "cpu": after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime}
    m = re.search(r"finished in ([\d.]+)s, ([\d.]+) req/s", out)
    if m:
        result["seconds"], result["rps"] = float(m.group(1)), float(m.group(2))
    m = re.search(r"requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout", out)
    if m:
        for key, value in zip(("total", "started", "done", "succeeded", "failed", "errored", "timeout"), m.groups()):
            result[key] = int(value)
    m = re.search(r"status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx", out)
    if m:
        result["2xx"], result["3xx"], result["4xx"], result["5xx"] = map(int, m.groups())
    m = re.search(r"time for request:\s+(\S+)\s+(\S+)\s+(\S+)", out)
    if m:
        result["latency min/max/mean"] = "/".join(m.groups())
    if "rps" not in result or "failed" not in result:
        print(out, flush=True)
        run.fail(f"h2load's output was not understood ({url})")
    return result


class Sampler(threading.Thread):
    """grpcio Asks in a loop on a connection of its own while the load runs: every reply checked
    (grpc-status 0, ANSWERED, the same answer as before the load)."""

    def __init__(self, run, address, expected):
        super().__init__(daemon=True)
        self.run_, self.address, self.expected = run, address, expected
        self.stop_event = threading.Event()
        self.calls, self.errors, self.wrong, self.latencies = 0, collections.Counter(), 0, []

    def run(self):
        r = self.run_
        with r.channel(self.address) as channel:
            ask = r.ask_stub(channel)
            i = 0
            while not self.stop_event.is_set():
                q = QUESTIONS[i % len(QUESTIONS)]
                i += 1
                started = time.time()
                try:
                    reply = ask(r.qa_pb2.AskRequest(question=q), timeout=30)
                    self.latencies.append(time.time() - started)
                    if reply.answer != self.expected[q].answer or reply.status != self.expected[q].status:
                        self.wrong += 1
                except r.grpc.RpcError as e:
                    self.errors[e.code().name] += 1
                self.calls += 1
                time.sleep(0.005)

    def finish(self):
        self.stop_event.set()
        self.join(60)


def load(run):
    a = run.args
    requests = 20_000 if a.short else a.requests
    server = Server(a.suiwen, os.path.join(a.tmp, "load.log"), "--knowledge", "knowledge", "--log-level", "warning",
                    "--max-concurrent-streams", str(max(a.streams, 100) * 2), "--metrics-port", "0")
    print(f"  server {server.address} (pid {server.pid}), metrics at {server.metrics}", flush=True)
    # The bodies h2load sends, checked first with grpcio as raw bytes: grpc-status 0 and a real reply.
    ask_body, check_body = os.path.join(a.tmp, "ask.bin"), os.path.join(a.tmp, "check.bin")
    ask_message = run.qa_pb2.AskRequest(question=LOAD_QUESTION).SerializeToString()
    check_message = run.health_pb2.HealthCheckRequest(service="").SerializeToString()
    open(ask_body, "wb").write(grpc_frame(ask_message))
    open(check_body, "wb").write(grpc_frame(check_message))
    expected = {}
    with run.channel(server.address) as channel:
        raw = channel.unary_unary("/suiwen.v1.QAService/Ask", request_serializer=None, response_deserializer=run.qa_pb2.AskResponse.FromString)
        reply = raw(open(ask_body, "rb").read()[5:], timeout=10)
        run.expect(reply.status == run.qa_pb2.ANSWER_STATUS_ANSWERED and "集成電路" in reply.answer,
                   f"h2load's Ask body, sent by grpcio, is answered ({reply.answer[:24]}...)")
        raw_check = channel.unary_unary("/grpc.health.v1.Health/Check", request_serializer=None,
                                        response_deserializer=run.health_pb2.HealthCheckResponse.FromString)
        status = raw_check(open(check_body, "rb").read()[5:], timeout=10).status
        run.expect(status == run.health_pb2.HealthCheckResponse.SERVING, "h2load's Check body, sent by grpcio, says SERVING")
        ask = run.ask_stub(channel)
        for q in QUESTIONS:
            expected[q] = ask(run.qa_pb2.AskRequest(question=q), timeout=10)
    rss_before = server.rss_kib()
    run.figure("RSS before (started, a few calls)", mib(rss_before))
    base = f"http://{server.address}"
    results, server_rss_seen = {}, []
    for label, path, body in (("Ask", "/suiwen.v1.QAService/Ask", ask_body), ("Check", "/grpc.health.v1.Health/Check", check_body)):
        answered_before = metric(server.metrics, "suiwen_requests_total", {"method": "Ask", "status": "answered"})
        sampler = Sampler(run, server.address, expected)
        cpu_before = server.cpu_seconds()
        sampler.start()
        h = run_h2load(run, base + path, body, requests, a.connections, a.streams, a.h2load_threads)
        sampler.finish()
        cpu = server.cpu_seconds() - cpu_before
        results[label] = h
        rss = server.rss_kib()
        server_rss_seen.append(rss)
        failed = h.get("failed", 0) + h.get("errored", 0) + h.get("timeout", 0)
        not_2xx = h.get("done", 0) - h.get("2xx", 0)
        run.figure(f"{label}: requests", f"{h.get('done', '?')} done of {requests} in {h.get('seconds', '?')} s ({a.connections} connections x {a.streams} streams)")
        run.figure(f"{label}: req/s", f"{h.get('rps', 0):.0f}")
        run.figure(f"{label}: h2load failed + errored + timeout, non-2xx", f"{failed}, {not_2xx}")
        run.figure(f"{label}: h2load time for request min/max/mean", h.get("latency min/max/mean", "?"))
        run.figure(f"{label}: CPU of the server / of h2load", f"{cpu:.1f} s / {h['cpu']:.1f} s "
                   f"({cpu / h['elapsed'] * 100:.0f}% / {h['cpu'] / h['elapsed'] * 100:.0f}% of one core; {os.cpu_count()} cores)")
        if label == "Ask":
            answered = metric(server.metrics, "suiwen_requests_total", {"method": "Ask", "status": "answered"}) - answered_before
            # Every h2load request answered, as the server counts: the sampler's calls are in the count too.
            run.figure("Ask: answered, by the server's metrics (h2load + sampler)", f"{answered:.0f} (h2load {h.get('done', 0)} + sampler {sampler.calls - sum(sampler.errors.values())})")
            run.expect(answered == h.get("done", -1) + sampler.calls - sum(sampler.errors.values()),
                       "every Ask h2load sent was answered (suiwen_requests_total{method=Ask,status=answered})")
        run.figure(f"{label}: grpcio sample during the load",
                   f"{sampler.calls} calls, {sum(sampler.errors.values())} errors {dict(sampler.errors) or ''}, {sampler.wrong} replies differing; "
                   f"latency p50 {ms(percentile(sampler.latencies, 50))}, p99 {ms(percentile(sampler.latencies, 99))}")
        run.figure(f"RSS after {label} load", mib(rss))
        run.expect(failed == 0 and not_2xx == 0 and h.get("done") == requests, f"{label}: h2load saw no failed request")
        run.expect(not sampler.errors and not sampler.wrong and sampler.calls > 0,
                   f"{label}: every sampled reply had grpc-status 0 and the answer given before the load")
    if "rps" in results.get("Ask", {}) and "rps" in results.get("Check", {}):
        run.figure("req/s Ask / Check", f"{results['Ask']['rps'] / results['Check']['rps']:.2f}")
    time.sleep(3)
    rss_after = server.rss_kib()
    run.figure("RSS 3 s after the load", mib(rss_after))
    limit = kubernetes_memory_limit()
    peak = max(r for r in (rss_after, *(server_rss_seen)) if r)
    if limit and peak > limit:
        run.finding(f"the RSS under this load ({mib(peak)} with {a.connections} x {a.streams} streams open) is over the memory "
                    f"limit of deploy/kubernetes/suiwen.yaml ({mib(limit)}): a replica under it would be OOM-killed")
    # The same replies after the load.
    with run.channel(server.address) as channel:
        ask = run.ask_stub(channel)
        same = sum(ask(run.qa_pb2.AskRequest(question=q), timeout=10) == expected[q] for q in QUESTIONS)
    run.expect(same == len(QUESTIONS), f"after the load, {same} of {len(QUESTIONS)} replies identical to those before it")
    code = server.stop()
    run.expect(code == 0, f"the server exits 0 on SIGTERM after the load (exit {code})")


def kubernetes_memory_limit():
    """limits.memory of deploy/kubernetes/suiwen.yaml in KiB (None when absent)."""
    try:
        text = open(os.path.join(ROOT, "deploy", "kubernetes", "suiwen.yaml"), encoding="utf-8").read()
    except OSError:
        return None
    m = re.search(r"limits:\s*\n(?:\s+\S.*\n)*?\s+memory:\s*\"?(\d+)(Mi|Gi|M|G)\"?", text)
    if not m:
        return None
    return int(m.group(1)) * {"Mi": 1024, "Gi": 1024 * 1024, "M": 1000 * 1000 // 1024, "G": 1000 ** 3 // 1024}[m.group(2)]


# ---------------------------------------------------------------------------------------------
# reload

class Askers:
    """N threads, each on a connection of its own, asking QUESTIONS in a loop; every call recorded
    as (start, end, question, version or None, error code or None)."""

    def __init__(self, run, address, n, pause=0.0):
        self.run_, self.address, self.n, self.pause = run, address, n, pause
        self.calls, self.lock = [], threading.Lock()
        self.stop_event = threading.Event()
        self.threads = [threading.Thread(target=self.loop, args=(i,), daemon=True) for i in range(n)]

    def start(self):
        for t in self.threads:
            t.start()
        return self

    def loop(self, i):
        r = self.run_
        with r.channel(self.address) as channel:
            ask = r.ask_stub(channel)
            k = i
            while not self.stop_event.is_set():
                q = QUESTIONS[k % len(QUESTIONS)]
                k += 1
                started = time.time()
                try:
                    reply = ask(r.qa_pb2.AskRequest(question=q), timeout=10)
                    record = (started, time.time(), q, reply.knowledge_version, None, reply.status)
                except r.grpc.RpcError as e:
                    record = (started, time.time(), q, None, e.code().name, e.details())
                with self.lock:
                    self.calls.append(record)
                if self.pause or record[4]:
                    time.sleep(self.pause or 0.01)

    def stop(self):
        self.stop_event.set()
        for t in self.threads:
            t.join(30)


class HealthPoller(threading.Thread):
    """Health Check every 20 ms on a connection of its own: (time, status name or error code)."""

    def __init__(self, run, address):
        super().__init__(daemon=True)
        self.run_, self.address = run, address
        self.seen = []
        self.stop_event = threading.Event()

    def run(self):
        r = self.run_
        with r.channel(self.address) as channel:
            check = r.health_check(channel)
            while not self.stop_event.is_set():
                try:
                    status = r.status_name(check(r.health_pb2.HealthCheckRequest(service="suiwen.v1.QAService"), timeout=5).status)
                except r.grpc.RpcError as e:
                    status = e.code().name
                self.seen.append((time.time(), status))
                time.sleep(0.02)

    def finish(self):
        self.stop_event.set()
        self.join(10)


def set_version(directory, version):
    path = os.path.join(directory, "manifest.yaml")
    text = open(path, encoding="utf-8").read()
    text, n = re.subn(r"^version:\s*\d+", f"version: {version}", text, count=1, flags=re.M)
    if n != 1:
        sys.exit(f"hardening: no `version: N` line in {path}")
    open(path, "w", encoding="utf-8").write(text)


def reload(run):
    a = run.args
    knowledge = os.path.join(a.tmp, "knowledge")
    shutil.rmtree(knowledge, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "knowledge"), knowledge)
    v0 = int(re.search(r"^version:\s*(\d+)", open(os.path.join(knowledge, "manifest.yaml"), encoding="utf-8").read(), re.M).group(1))
    # notice: the reload lines without a line per request.
    server = Server(a.suiwen, os.path.join(a.tmp, "reload.log"), "--knowledge", knowledge, "--log-level", "notice")
    print(f"  server {server.address} (pid {server.pid}) on a copy of knowledge/ (v{v0}) in {knowledge}", flush=True)
    steady = 0.5 if a.short else 3.0
    askers = Askers(run, server.address, a.threads).start()
    health = HealthPoller(run, server.address)
    health.start()
    time.sleep(steady)
    marks = {}

    def hangup(label):
        offset = len(server.text())
        marks[label] = time.time()
        os.kill(server.pid, signal.SIGHUP)
        return offset

    # (a) a valid copy, version bumped
    set_version(knowledge, v0 + 1)
    offset = hangup("a")
    m = server.wait_for_log(r".*knowledge reloaded.*", offset)
    marks["a done"] = time.time()
    said = re.search(r"from_version=\d+ to_version=\d+.*", m.group(0)).group(0) if m and "from_version" in m.group(0) else (m.group(0) if m else "")
    run.expect(m is not None and f"to_version={v0 + 1}" in m.group(0),
               f"(a) valid copy (version {v0 + 1}): swapped in, the log says {said.strip() or 'nothing within 30 s'}")
    time.sleep(steady)

    # (b) a YAML file broken (an unclosed bracket), the version bumped again: must not be swapped in
    people = os.path.join(knowledge, "entities", "people.yaml")
    original = open(people, encoding="utf-8").read()
    lines = original.split("\n")
    broken_line = next(i for i, line in enumerate(lines) if line.startswith("  - id:") and i > 4) + 1
    lines.insert(broken_line - 1, "  - id: [unclosed")
    open(people, "w", encoding="utf-8").write("\n".join(lines))
    set_version(knowledge, v0 + 2)
    offset = hangup("b")
    m = server.wait_for_log(r".*reload rejected.*", offset)
    marks["b done"] = time.time()
    # The logged errors span lines (one an issue): the file:line is in the text since the SIGHUP.
    block = server.text()[offset:] if m else ""
    where = re.search(r"entities/people\.yaml:(\d+)[^\n]*", block)
    run.expect(m is not None, "(b) broken YAML: the reload is rejected: " + (m.group(0).strip()[-120:] if m else "nothing logged within 30 s"))
    run.expect(where is not None and broken_line <= int(where.group(1)) <= broken_line + 2,
               f"(b) the log names the file and line (the bad line is {broken_line}): " + (where.group(0)[:200] if where else block[:300]))
    run.figure("(b) rejected reload, as logged", f"{block.count(chr(10))} lines, the first: {block.splitlines()[0][:240] if block else ''}")
    time.sleep(steady)

    # (b2) valid YAML, invalid knowledge: a fact names an entity that does not exist
    open(people, "w", encoding="utf-8").write(original)
    posts = os.path.join(knowledge, "facts", "posts.yaml")
    posts_text = open(posts, encoding="utf-8").read()
    m_subject = re.search(r"^(\s*-?\s*subject:\s*)(\S+)", posts_text, re.M)
    dangling_line = posts_text[: m_subject.start()].count("\n") + 1
    open(posts, "w", encoding="utf-8").write(posts_text[: m_subject.start(2)] + "no-such-person" + posts_text[m_subject.end(2):])
    offset = hangup("b2")
    m = server.wait_for_log(r".*reload rejected.*", offset)
    marks["b2 done"] = time.time()
    block2 = server.text()[offset:] if m else ""
    run.expect(m is not None and f"facts/posts.yaml:{dangling_line}:" in block2,
               f"(b2) a dangling id in valid YAML: rejected, the log names facts/posts.yaml:{dangling_line}"
               + ("" if m else " (nothing logged within 30 s)"))
    time.sleep(steady)

    # (c) repaired: swapped in
    open(posts, "w", encoding="utf-8").write(posts_text)
    offset = hangup("c")
    m = server.wait_for_log(r".*knowledge reloaded.*", offset)
    marks["c done"] = time.time()
    run.expect(m is not None and f"to_version={v0 + 2}" in m.group(0),
               f"(c) repaired: swapped in as version {v0 + 2}" + ("" if m else " (nothing logged within 30 s)"))
    time.sleep(steady)
    askers.stop()
    health.finish()
    code = server.stop()

    calls = askers.calls
    failures = [c for c in calls if c[4]]
    versions = collections.Counter(c[3] for c in calls if not c[4])
    run.figure("client threads", a.threads)
    run.figure("calls", len(calls))
    run.figure("failed calls", f"{len(failures)}" + (f" {collections.Counter((c[4], c[5]) for c in failures).most_common(3)}" if failures else ""))
    run.figure("replies by knowledge_version", ", ".join(f"v{v}: {n}" for v, n in sorted(versions.items())))
    run.expect(not failures, "no call failed across four reloads")

    def versions_between(start, end):
        return collections.Counter(c[3] for c in calls if not c[4] and start <= c[0] and c[1] <= end)

    before_a = versions_between(0, marks["a"])
    after_a = versions_between(marks["a done"], marks["b"])
    during_b = versions_between(marks["b"], marks["c"])
    after_c = versions_between(marks["c done"], time.time())
    run.expect(set(before_a) == {v0}, f"before the first SIGHUP every reply is v{v0}: {dict(before_a)}")
    run.expect(set(after_a) == {v0 + 1}, f"after (a) is logged every reply is v{v0 + 1}: {dict(after_a)}")
    run.expect(set(during_b) == {v0 + 1}, f"through the rejected reloads (b, b2) every reply stays v{v0 + 1}: {dict(during_b)}")
    run.expect(set(after_c) == {v0 + 2}, f"after (c) is logged every reply is v{v0 + 2}: {dict(after_c)}")
    for label, new in (("a", v0 + 1), ("c", v0 + 2)):
        first = min((c[1] for c in calls if c[3] == new and not c[4]), default=None)
        run.figure(f"({label}) SIGHUP to the log line / to the first v{new} reply",
                   f"{ms(marks[label + ' done'] - marks[label])} / {ms(first - marks[label]) if first else '?'}")
    steady_latencies = [c[1] - c[0] for c in calls if not c[4] and c[1] < marks["a"]]
    reload_latencies = [c[1] - c[0] for c in calls if not c[4] and c[0] <= marks["a done"] and c[1] >= marks["a"]]
    run.figure("call latency before any reload p50 / p99 / max",
               f"{ms(percentile(steady_latencies, 50))} / {ms(percentile(steady_latencies, 99))} / {ms(max(steady_latencies, default=None))}")
    run.figure("call latency of calls overlapping reload (a) p50 / max",
               f"{ms(percentile(reload_latencies, 50))} / {ms(max(reload_latencies, default=None))} ({len(reload_latencies)} calls)")
    statuses = collections.Counter(s for _, s in health.seen)
    run.figure("health Check of suiwen.v1.QAService while reloading", dict(statuses))
    run.expect(set(statuses) == {"SERVING"}, "health stays SERVING through every reload")
    run.expect(code == 0, f"the server exits 0 on SIGTERM (exit {code})")


# ---------------------------------------------------------------------------------------------
# drain

class ChatClient(threading.Thread):
    """One Chat stream asking a question, waiting for its reply, pausing, and so on; records when each
    question was handed to grpcio and when its reply came, and how the stream ended."""

    def __init__(self, run, channel, pause):
        super().__init__(daemon=True)
        self.run_, self.channel, self.pause = run, channel, pause
        self.sent, self.replies = [], []
        self.end, self.end_time, self.details = None, None, None
        self.stop_event = threading.Event()
        self.replied = threading.Event()

    def questions(self):
        r, k = self.run_, 0
        while not self.stop_event.is_set():
            self.replied.clear()
            self.sent.append(time.time())
            yield r.qa_pb2.ChatRequest(question=QUESTIONS[k % len(QUESTIONS)])
            k += 1
            if not self.replied.wait(10) or self.stop_event.is_set():
                return
            time.sleep(self.pause)

    def run(self):
        r = self.run_
        try:
            for _ in r.chat_stub(self.channel)(self.questions(), timeout=120):
                self.replies.append(time.time())
                self.replied.set()
            self.end = "OK"
        except r.grpc.RpcError as e:
            self.end, self.details = e.code().name, e.details()
        self.end_time = time.time()
        self.stop_event.set()
        self.replied.set()


def drain(run):
    a = run.args
    server = Server(a.suiwen, os.path.join(a.tmp, "drain.log"), "--knowledge", "knowledge", "--log-level", "notice")
    print(f"  server {server.address} (pid {server.pid})", flush=True)
    askers = Askers(run, server.address, a.threads).start()
    chat_channels = [run.channel(server.address) for _ in range(a.chats)]
    chats = [ChatClient(run, ch, 0.01) for ch in chat_channels]
    for c in chats:
        c.start()
    watch_channel = run.channel(server.address)
    watch_seen = []

    def watch():
        try:
            for update in run.health_watch(watch_channel)(run.health_pb2.HealthCheckRequest(service=""), timeout=120):
                watch_seen.append((time.time(), run.status_name(update.status)))
            watch_seen.append((time.time(), "stream ended OK"))
        except run.grpc.RpcError as e:
            watch_seen.append((time.time(), f"stream ended {e.code().name}"))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    health = HealthPoller(run, server.address)
    health.start()
    time.sleep(0.5 if a.short else 3.0)

    # Newcomers: a fresh connection every 50 ms once SIGTERM is sent.
    newcomers, term = [], [None]

    def newcomer_loop():
        # For a second after SIGTERM at least, and until 0.3 s after the server exited.
        while time.time() - term[0] < 1.0 or server.process.poll() is None or time.time() - server.exited < 0.3:
            with run.channel(server.address) as channel:
                started = time.time()
                try:
                    run.ask_stub(channel)(run.qa_pb2.AskRequest(question=LOAD_QUESTION), timeout=2)
                    newcomers.append((started, "OK"))
                except run.grpc.RpcError as e:
                    newcomers.append((started, e.code().name))
            time.sleep(0.05)

    server.exited = float("inf")
    term[0] = time.time()
    os.kill(server.pid, signal.SIGTERM)
    newcomer = threading.Thread(target=newcomer_loop, daemon=True)
    newcomer.start()
    wait = 10 if a.short else 30
    try:
        code = server.process.wait(wait)
        server.exited = time.time()
        exit_after = server.exited - term[0]
    except subprocess.TimeoutExpired:
        code, exit_after = None, None
    time.sleep(0.5)
    newcomer.join(10)
    askers.stop()
    for c in chats:
        c.stop_event.set()
        c.replied.set()
        c.join(10)
    newcomer.join(10)
    watcher.join(5)
    health.finish()
    t0 = term[0]
    if code is None:
        server.process.kill()
        server.process.wait()
    server.out.close()
    log_tail = [line for line in server.text().splitlines() if "shutting down" in line or "stopped" in line.lower() or "error" in line]

    calls = askers.calls
    before = [c for c in calls if c[0] < t0]
    in_flight = [c for c in before if c[1] >= t0]
    # A call sent a few milliseconds before the signal may reach the server after it stopped
    # taking streams: refused UNAVAILABLE, as a newcomer is. The client cannot tell those apart,
    # so they are shown, not failed; any other failure of a call sent before SIGTERM fails.
    raced = [c for c in before if c[4] == "UNAVAILABLE" and t0 - c[0] < SIGNAL_RACE]
    failed_before = [c for c in before if c[4] and c not in raced]
    after = [c for c in calls if c[0] >= t0]
    after_codes = collections.Counter(c[4] or "OK" for c in after)
    cut = [c for c in after if c[4] not in (None, "UNAVAILABLE")]
    run.figure("unary client threads, Chat streams", f"{a.threads}, {a.chats}")
    run.figure("unary calls started before SIGTERM", f"{len(before)} ({len(in_flight)} in flight at SIGTERM)")
    run.figure("of those, failed", f"{len(failed_before)}" + (f" {collections.Counter((c[4], c[5]) for c in failed_before).most_common(3)}" if failed_before else ""))
    run.figure("unary calls started after SIGTERM on existing connections", ", ".join(f"{n} {k}" for k, n in after_codes.most_common()) or "none")
    if raced:
        run.figure("of those, sent within the signal's race and refused UNAVAILABLE", f"{len(raced)}")
    run.expect(not failed_before, f"no unary call started before SIGTERM failed ({len(in_flight)} were in flight)"
               + (f": {collections.Counter((c[4], c[5]) for c in failed_before).most_common(3)}" if failed_before else ""))
    run.expect(not cut, "calls after SIGTERM are answered or refused UNAVAILABLE, nothing else"
               + (f": {collections.Counter((c[4], c[5]) for c in cut).most_common(3)}" if cut else ""))

    # The signal is handled asynchronously: "shutdown started" is when the health Watch said
    # NOT_SERVING (the server sets it, then stops taking streams).
    t_ns = next((t for t, st in watch_seen if st == "NOT_SERVING"), None)
    newcomer_codes = collections.Counter(code_ for _, code_ in newcomers)
    run.figure("new connections after SIGTERM", ", ".join(f"{n} {k}" for k, n in newcomer_codes.most_common()) or "none")
    early = [(t - t0, c_) for t, c_ in newcomers if t_ns is None or t < t_ns]
    if early:
        run.figure("  of those, started before the server said NOT_SERVING", ", ".join(f"+{ms(d)} {c_}" for d, c_ in early))
    late_new = [c_ for t, c_ in newcomers if t_ns is not None and t >= t_ns]
    run.expect(bool(late_new) and set(late_new) == {"UNAVAILABLE"},
               f"new calls on new connections once shutdown started are refused UNAVAILABLE ({len(late_new)} tried)")
    polled = [(t - t0, st) for t, st in health.seen if t >= t0]
    changes = [p_ for i, p_ in enumerate(polled) if i == 0 or p_[1] != polled[i - 1][1]]
    run.figure("health Check polled every 20 ms on an open connection, after SIGTERM (when each answer came)",
               ", ".join(f"{st} from +{ms(d)}" for d, st in changes) or "nothing")
    unanswered = sum(1 for c in chats for i, s in enumerate(c.sent) if s < t0 and i >= len(c.replies))
    # A question sent after SIGTERM may go unanswered; the stream must then say so
    # (UNAVAILABLE with a sentence), not end OK as if the conversation were over.
    late = [(s - t0, c.end_time - s, c.end) for c in chats for i, s in enumerate(c.sent)
            if s >= t0 and i >= len(c.replies) and c.end_time]
    run.figure("Chat questions sent after SIGTERM and not answered",
               f"{len(late)}" + (": " + ", ".join(f"sent at +{ms(a_)}, stream ended {ms(b_)} later with {e_}" for a_, b_, e_ in late) if late else ""))
    ends = collections.Counter(f"{c.end}" + (f" ({c.details})" if c.details and c.end != "OK" else "") for c in chats)
    run.figure("Chat streams: questions asked / answered", f"{sum(len(c.sent) for c in chats)} / {sum(len(c.replies) for c in chats)}")
    run.figure("Chat streams: how they ended", dict(ends))
    run.figure("Chat streams: ended after SIGTERM in", ", ".join(ms(c.end_time - t0) for c in chats if c.end_time))
    run.expect(unanswered == 0, f"every Chat question sent before SIGTERM was answered ({unanswered} not)")
    silent = [x for x in late if x[2] == "OK"]
    if silent:
        run.finding(f"{len(silent)} Chat question(s) sent after SIGTERM, before their stream ended, got no reply, and the "
                    "stream still ended OK: the client cannot tell a dropped question from a finished conversation")
    run.expect(all(c.end in ("OK", "UNAVAILABLE") for c in chats) and all(c.end == "OK" or "shutting down" in (c.details or "") for c in chats),
               "every Chat stream ends cleanly when the server drains: OK, or UNAVAILABLE saying the server is shutting down")

    watch_after = [s for t, s in watch_seen if t >= t0]
    run.figure("health Watch after SIGTERM", ", ".join(f"{s} at {ms(t - t0)}" for t, s in watch_seen if t >= t0) or "nothing")
    run.expect("NOT_SERVING" in watch_after, "health Watch reports NOT_SERVING once the drain starts")
    run.figure("exit code", code if code is not None else f"none: still running {wait} s after SIGTERM (killed)")
    run.figure("SIGTERM to exit", ms(exit_after) if exit_after is not None else f"> {wait} s")
    run.figure("log", " | ".join(log_tail[-4:]))
    run.expect(code == 0, f"the server exits 0 after SIGTERM (exit {code})")
    for ch in chat_channels + [watch_channel]:
        ch.close()

    stalled_clients(run)


def stalled_clients(run):
    """SIGTERM while one raw HTTP/2 client holds the server in a way grpcio does not: how long the
    drain waits for it (the Kubernetes Deployment in deploy/ allows 30 s before SIGKILL)."""
    import abuse_test as h2
    a = run.args
    wait = STALL_GRACE + 3  # the grace period, then a margin: it must have exited by then
    cases = [
        ("a connection that does not answer the shutdown PING (a client gone without a FIN)", "silent", {}),
        ("an Ask whose request never ends (no END_STREAM)", "half-open ask", {}),
        ("a Chat stream whose client never half-closes (replies read)", "open chat", {}),
        ("an Ask reply the client never reads (flow-control window 0)", "window 0", {"initial_window_size": 0}),
    ]
    for what, kind, settings in cases:
        # A short grace period: past it the server must cut the stalled client off and exit.
        server = Server(a.suiwen, os.path.join(a.tmp, f"stall-{kind.replace(' ', '-')}.log"), "--knowledge", "knowledge", "--log-level", "notice",
                        "--grace-period", str(STALL_GRACE))
        host, port = server.address.rsplit(":", 1)
        c = h2.Connection(host, int(port)).start(**settings)
        if kind == "half-open ask":
            c.request(1, body=h2.ask_body(LOAD_QUESTION), end_stream=False)
        elif kind == "open chat":
            c.request(1, path="/suiwen.v1.QAService/Chat", body=h2.ask_body(LOAD_QUESTION), end_stream=False)
        elif kind == "window 0":
            c.request(1, body=h2.ask_body(LOAD_QUESTION))
        time.sleep(0.3)
        seen = []
        stop = threading.Event()

        def reader():
            while not stop.is_set() and not c.closed:
                for k, f, s, p in c.frames(timeout=0.2):  # answers PINGs as a live client does
                    seen.append(h2.FRAME_NAMES[k] + (" " + h2.error_name(struct.unpack(">I", p[4:8])[0]) if k == h2.GOAWAY else "")
                                + (" END_STREAM" if k in (h2.HEADERS, h2.DATA) and f & h2.END_STREAM else ""))

        reading = threading.Thread(target=reader, daemon=True)
        if kind != "silent":
            reading.start()
        t0 = time.time()
        os.kill(server.pid, signal.SIGTERM)
        time.sleep(0.5)
        with run.channel(server.address) as channel:  # a newcomer while the drain is held
            try:
                run.ask_stub(channel)(run.qa_pb2.AskRequest(question=LOAD_QUESTION), timeout=2)
                newcomer = "answered"
            except run.grpc.RpcError as e:
                newcomer = e.code().name
        try:
            code = server.process.wait(max(wait - 0.5, 0.1))
            outcome = f"exited {code} after {ms(time.time() - t0)}"
            stopped = code == 0
        except subprocess.TimeoutExpired:
            outcome = f"still running {wait} s after SIGTERM"
            stopped = False
        stop.set()
        if reading.is_alive():
            reading.join(2)
        c.close()
        if not stopped and server.process.poll() is None:
            # With the client gone the drain may finish by itself.
            try:
                code = server.process.wait(5)
                outcome += f"; exited {code} {ms(time.time() - t0 - wait)} after the client closed its socket"
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait()
                outcome += "; killed"
        server.out.close()
        run.figure(f"drain with {what}", outcome + f"; a new call 0.5 s after SIGTERM: {newcomer}"
                   + (f" (server sent: {', '.join(seen)})" if seen else ""))
        if newcomer != "UNAVAILABLE":
            run.fail(f"a new call while the drain is held by {what} is {newcomer}, not UNAVAILABLE")
        if not stopped:
            run.finding(f"SIGTERM does not stop the server while {what} is connected: {outcome}")


# ---------------------------------------------------------------------------------------------
# abuse

def abuse(run):
    a = run.args
    server = Server(a.suiwen, os.path.join(a.tmp, "abuse.log"), "--knowledge", "knowledge", "--log-level", "warning")
    print(f"  server {server.address} (pid {server.pid}), default limits", flush=True)
    rss_before = server.rss_kib()
    cmd = [sys.executable, os.path.join(ROOT, "Tests", "interop", "abuse_test.py"), server.address] + (["--strict"] if a.strict else [])
    started = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True)
    print("\n".join("  | " + line for line in out.stdout.splitlines()), flush=True)
    if out.stderr.strip():
        print("\n".join("  ! " + line for line in out.stderr.splitlines()[-10:]), flush=True)
    m = re.search(r"abuse_test: (\d+) passed, (\d+) failed.*", out.stdout)
    run.figure("abuse_test", (m.group(0).replace("abuse_test: ", "") if m else "no summary") + f", {time.time() - started:.1f} s")
    for line in out.stdout.splitlines():
        if line.startswith("note "):
            run.finding("abuse_test: " + line[5:])
    run.expect(out.returncode == 0, f"Tests/interop/abuse_test.py passed (exit {out.returncode})")
    alive = server.process.poll() is None
    run.figure("RSS before / after", f"{mib(rss_before)} / {mib(server.rss_kib()) if alive else 'exited'}")
    run.expect(alive, "the server is still running after the abuse")
    code = server.stop()
    run.expect(code == 0, f"the server exits 0 on SIGTERM after the abuse (exit {code})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("part", choices=["load", "reload", "drain", "abuse"])
    parser.add_argument("--suiwen", required=True)
    parser.add_argument("--h2load", default="h2load")
    parser.add_argument("--tmp", required=True)
    parser.add_argument("--figures", required=True)
    parser.add_argument("--short", action="store_true")
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--streams", type=int, default=100)
    parser.add_argument("--h2load-threads", type=int, default=1)
    parser.add_argument("--threads", type=int, default=8, help="client threads (reload, drain)")
    parser.add_argument("--chats", type=int, default=4, help="open Chat streams (drain)")
    parser.add_argument("--stall-wait", type=float, default=35, help="seconds to wait for a drain held by a stalled client")
    args = parser.parse_args()
    args.suiwen = os.path.abspath(args.suiwen)
    run = Run(args)
    run.part = args.part
    started = time.time()
    try:
        {"load": load, "reload": reload, "drain": drain, "abuse": abuse}[args.part](run)
    finally:
        for process in Server.started:
            if process.poll() is None:
                process.kill()
                process.wait()
    run.figure("time", f"{time.time() - started:.1f} s")
    sys.exit(1 if run.failed else 0)


if __name__ == "__main__":
    main()
