#!/usr/bin/env python3
"""The chat page in a real browser: Debian's chromium driven by Playwright (no browser download).

Usage: chat_page_test.py BASE_URL [--screenshot PATH] [--stop-command CMD] [--chromium PATH]

Asks questions on the page served at BASE_URL, clicks suggestions, follows up with the context,
checks the phone layout, then stops the server and checks the page shows an error. The server
is stopped by --stop-command CMD (run with the shell) or, without it, by SIGTERM to each PID in
the environment variable SERVER_PID (space- or comma-separated); with neither, that step fails.
The browser is $CHROMIUM, else --chromium, else /usr/bin/chromium. Exits 0 only when every
check passes; prints one line per check and "web: N passed, N failed" last.
"""
import argparse
import os
import signal
import subprocess
import sys
import time

from playwright.sync_api import Error as PlaywrightError, TimeoutError as PlaywrightTimeout, expect, sync_playwright

ASK_PATH = "/suiwen.v1.QAService/Ask"
TIMEOUT_MS = 10_000
passed = 0


class CheckFailed(Exception):
    pass


def check(condition, what):
    global passed
    if not condition:
        raise CheckFailed(what)
    passed += 1
    print(f"ok   {what}", flush=True)


def expect_ok(assertion, what):
    """Runs a Playwright expect(...) and turns its failure into a CheckFailed with `what`."""
    try:
        assertion()
    except AssertionError as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else "assertion failed"
        raise CheckFailed(f"{what}: {first}") from None
    check(True, what)


class Chat:
    def __init__(self, page):
        self.page = page
        self.sent = []     # the JSON bodies the page posted, in order
        self.replies = []  # the JSON replies it got, in order

    def bots(self):
        return self.page.locator('[data-testid="message"][data-role="bot"]')

    def errors(self):
        return self.page.locator('[data-testid="error"]')

    def _exchange(self, act, what):
        """Runs act() (which sends a question), records the exchange; returns the new bot message."""
        before = self.bots().count()
        try:
            with self.page.expect_response(lambda r: r.url.endswith(ASK_PATH), timeout=TIMEOUT_MS) as info:
                act()
            response = info.value
        except PlaywrightTimeout:
            raise CheckFailed(f"{what}: the page sent no {ASK_PATH} request") from None
        self.sent.append(response.request.post_data_json)
        if not response.ok:
            raise CheckFailed(f"{what}: {ASK_PATH} answered HTTP {response.status} {' '.join(response.text().split())[:300]}")
        self.replies.append(response.json())
        expect_ok(lambda: expect(self.bots()).to_have_count(before + 1, timeout=TIMEOUT_MS), what)
        return self.bots().nth(before)

    def ask(self, question):
        """Types a question into the labelled input and sends it; returns the new bot message."""
        def act():
            self.page.get_by_label(self.label()).fill(question)
            self.page.get_by_test_id("send").click()
        return self._exchange(act, f"a reply to {question}")

    def click_suggestion(self, reply, text):
        button = reply.get_by_test_id("suggestion").filter(has_text=text)
        expect_ok(lambda: expect(button).to_have_count(1, timeout=TIMEOUT_MS), f"the suggestion {text} is offered")
        return self._exchange(button.click, f"a reply to the suggestion {text}")

    def label(self):
        return self.page.locator('label[for="q"]').inner_text()


def answer_of(reply):
    return reply.get_by_test_id("answer").inner_text()


def running(pid):
    """True while the process exists and has not exited (a zombie awaiting its parent has)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def stop_server(stop_command):
    if stop_command:
        rc = subprocess.run(stop_command, shell=True).returncode
        check(rc == 0, f"the stop command exits 0 ({stop_command})")
        return
    pids = [int(p) for p in os.environ.get("SERVER_PID", "").replace(",", " ").split()]
    if not pids:
        raise CheckFailed("no way to stop the server: pass --stop-command CMD or set SERVER_PID")
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            raise CheckFailed(f"the server process {pid} is not running") from None
    deadline = time.monotonic() + 10
    for pid in pids:
        while time.monotonic() < deadline and running(pid):
            time.sleep(0.05)
        if running(pid):
            raise CheckFailed(f"the server process {pid} is still running 10 s after SIGTERM")
    check(True, f"the server ({' '.join(map(str, pids))}) stopped")


def run(page, base_url, screenshot, stop_command):
    chat = Chat(page)
    response = page.goto(base_url, wait_until="domcontentloaded")
    check(response is not None and response.ok, f"GET {base_url} answers 200")
    check(page.get_by_role("log").count() == 1, "the page has one message list with role=log")
    check(page.get_by_role("log").get_attribute("aria-live") == "polite", "the message list is aria-live")
    expect_ok(lambda: expect(page.get_by_label("你的問題")).to_be_editable(), "the question input is labelled 你的問題")
    check(page.locator("html").get_attribute("lang") == "zh-Hant", "the page starts in Traditional (lang=zh-Hant)")

    # 1. A question, its answer and the citation with its line.
    reply = chat.ask("南沙的產業重點?")
    check("集成電路" in answer_of(reply), "the answer to 南沙的產業重點? names 集成電路")
    check(reply.get_attribute("data-status") == "ANSWER_STATUS_ANSWERED", "the reply is marked answered")
    citation = reply.get_by_test_id("citation").first
    expect_ok(lambda: expect(citation).to_be_visible(), "the answer shows a citation")
    check("創新金融" in citation.inner_text(), "the citation quotes the source sentence (創新金融)")
    line = citation.get_by_test_id("citation-line")
    check(line.count() == 1 and int(line.get_attribute("data-line")) > 0, "the citation shows its line number")
    check(f"第 {line.get_attribute('data-line')} 行" in line.inner_text(), "the line number reads 第 N 行")

    # 2. Out of scope: 不知道, with answerable questions to click.
    reply = chat.ask("今天天氣如何?")
    check(reply.get_attribute("data-status") == "ANSWER_STATUS_NO_ANSWER", "今天天氣如何? gets no answer")
    expect_ok(lambda: expect(reply.get_by_test_id("status")).to_have_text("不知道"), "the reply is labelled 不知道")
    reply = chat.click_suggestion(reply, "四化平臺包括什麼?")
    check("數字化轉型" in answer_of(reply), "the suggested question 四化平臺包括什麼? is answered (數字化轉型)")

    # 3. A follow-up that needs the context: 他 is 郭永航 only through the previous reply.
    reply = chat.ask("郭永航是誰?")
    check("市長" in answer_of(reply), "郭永航是誰? is answered (市長)")
    token = (chat.replies[-1] or {}).get("context")
    check(bool(token), "the reply to 郭永航是誰? carries a context token")
    reply = chat.ask("他的職務?")
    check(chat.sent[-1].get("context") == token, "the follow-up is sent with the previous reply's context")
    check("郭永航" in answer_of(reply) and "市長" in answer_of(reply), "他的職務? is answered about 郭永航 (市長)")
    check(reply.get_attribute("data-status") == "ANSWER_STATUS_ANSWERED", "the follow-up is marked answered")
    expect_ok(lambda: expect(reply.get_by_test_id("context-used")).to_have_text("接上文:郭永航"),
              "the reply notes what it took from the context (接上文:郭永航)")

    if screenshot:  # tall enough to show the turns so far
        page.set_viewport_size({"width": 800, "height": 1100})
        page.screenshot(path=screenshot)
        page.set_viewport_size({"width": 900, "height": 1000})
        check(os.path.getsize(screenshot) > 0, f"screenshot saved to {screenshot}")

    # 4. Simplified in, simplified out: the page's own strings follow the asker.
    reply = chat.ask("南沙的书记是谁")
    check("卢一先" in answer_of(reply), "南沙的书记是谁 is answered in Simplified (卢一先)")
    check(page.locator("html").get_attribute("lang") == "zh-Hans", "the page switches to Simplified (lang=zh-Hans)")
    check("输入" in (page.get_by_test_id("question").get_attribute("placeholder") or ""), "the placeholder is in Simplified")
    reply = chat.ask("廣州市長是誰?")
    check(page.locator("html").get_attribute("lang") == "zh-Hant", "and back to Traditional after a Traditional question")

    # 5. A clarification, on a new page (a new conversation: no district in the context yet).
    fresh = Chat(page.context.new_page())
    fresh.page.goto(base_url, wait_until="domcontentloaded")
    reply = fresh.ask("書記是誰?")
    check(not fresh.sent[-1].get("context"), "a new page starts the conversation without a context")
    check(reply.get_attribute("data-status") == "ANSWER_STATUS_CLARIFY", "書記是誰? gets a clarification")
    expect_ok(lambda: expect(reply.get_by_test_id("status")).to_have_text("請選擇"), "the clarification is labelled 請選擇")
    reply = fresh.click_suggestion(reply, "盧一先")
    user_texts = fresh.page.locator('[data-role="user"] [data-testid="question-text"]')
    check(user_texts.last.inner_text() == "盧一先", "the clicked candidate is shown as the asker's message")
    check("南沙區委書記" in answer_of(reply), "the candidate's answer: 盧一先 is 南沙區委書記")
    fresh.page.close()

    # 6. On a phone: no horizontal scroll, the input and button on screen.
    page.set_viewport_size({"width": 375, "height": 700})
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
                           " document.body.scrollWidth, document.getElementById('log').scrollWidth,"
                           " document.getElementById('log').clientWidth]")
    check(widths[0] <= widths[1] and widths[2] <= widths[1] and widths[3] <= widths[4],
          f"no horizontal scroll at 375 px (page {widths[0]}/{widths[1]}, log {widths[3]}/{widths[4]})")
    for testid in ("question", "send"):
        box = page.get_by_test_id(testid).bounding_box()
        check(box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375 and box["y"] + box["height"] <= 700,
              f"the {testid} control is on screen at 375×700")

    # 7. The server stops: the page says so and stays usable.
    stop_server(stop_command)
    before_bots = chat.bots().count()
    page.get_by_test_id("question").fill("南沙的產業重點?")
    page.get_by_test_id("send").click()
    expect_ok(lambda: expect(chat.errors()).to_have_count(1, timeout=TIMEOUT_MS), "an error message appears when the server is down")
    expect_ok(lambda: expect(chat.errors().first).to_be_visible(), "the error message is visible")
    text = chat.errors().first.inner_text()
    check(bool(text.strip()), f"the error message says something ({text})")
    check(chat.bots().count() == before_bots, "no answer is shown for the failed question")
    expect_ok(lambda: expect(page.get_by_test_id("send")).to_be_enabled(), "the send button is usable again")
    page.get_by_test_id("question").fill("還在嗎?")
    check(page.get_by_test_id("question").input_value() == "還在嗎?", "the input still takes typing")


def main():
    parser = argparse.ArgumentParser(description="The chat page in a real browser.")
    parser.add_argument("base_url", help="where the page is served, e.g. http://127.0.0.1:8080/")
    parser.add_argument("--screenshot", help="save a screenshot of the page after a few turns to this PNG")
    parser.add_argument("--stop-command", help="a shell command that stops the server (default: SIGTERM to $SERVER_PID)")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                        help="the browser executable (default: $CHROMIUM or /usr/bin/chromium)")
    args = parser.parse_args()
    started = time.monotonic()
    failure, shot = None, None
    if not os.access(args.chromium, os.X_OK):
        failure = f"no browser at {args.chromium}: install Debian's chromium (apt-get install chromium)"
    else:
        with sync_playwright() as p:
            browser = None
            try:
                browser = p.chromium.launch(executable_path=args.chromium, headless=True)
                print(f"browser: {args.chromium} {browser.version}", flush=True)
                context = browser.new_context(viewport={"width": 900, "height": 1000}, locale="zh-TW")
                context.set_default_timeout(TIMEOUT_MS)
                page = context.new_page()
                script_errors = []
                page.on("pageerror", lambda e: script_errors.append(str(e)))
                try:
                    run(page, args.base_url, args.screenshot, args.stop_command)
                    check(not script_errors, f"no script errors on the page {script_errors}")
                except (CheckFailed, PlaywrightError) as e:
                    failure = str(e) if isinstance(e, CheckFailed) else f"the browser: {str(e).strip().splitlines()[0]}"
                    if args.screenshot:
                        root, ext = os.path.splitext(args.screenshot)
                        shot = f"{root}.failure{ext or '.png'}"
                        page.screenshot(path=shot)
            except PlaywrightError as e:
                failure = failure or f"the browser: {str(e).strip().splitlines()[0]}"
            finally:
                if browser:
                    browser.close()
    if failure:
        print(f"FAIL {failure}", flush=True)
        if shot:
            print(f"     the page at the failure: {shot}")
    print(f"took {time.monotonic() - started:.1f} s")
    print(f"web: {passed} passed, {1 if failure else 0} failed")
    return 1 if failure else 0

if __name__ == "__main__":
    sys.exit(main())
