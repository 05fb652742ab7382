#!/usr/bin/env python3
"""The desk in a real browser: headless Chromium driven by Selenium.

Starts `stancegraph serve` over a corpus of our own (made here, ingested into a store),
then, as an analyst would: opens the map, clicks an actor, follows an edge to the statements
behind it, reads an article whose words try to run script, and rejects a statement in review
with the keyboard. It then changes an article, ingests again, and checks that the rejection
survived, in the browser and on the command line. Every page is saved as a PNG in
.build/desk-screenshots/ to be looked at.

    python3 Tests/Browser/desk_test.py            (after `swift build`; `make test` runs it)
"""
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("STANCEGRAPH", os.path.join(ROOT, ".build", "debug", "stancegraph"))
SHOTS = os.path.join(ROOT, ".build", "desk-screenshots")

# Articles of our own, in the shapes news takes; one tries to break the page.
ARTICLES = {
    "wire-a.txt": """---
title: Talks stall over the border checkpoint
outlet: Test Wire
url: https://example.com/wire-a
published: 2022-03-02
---
President Ilham Aliyev accused Armenia of delaying the border talks.

Prime Minister Nikol Pashinyan said the talks in Vienna had failed because Azerbaijan refused to withdraw its troops.

Russian Foreign Minister Sergei Lavrov urged Armenia and Azerbaijan to return to the talks in Moscow.
""",
    "wire-b.txt": """---
title: Pashinyan answers Baku
outlet: Other Wire
url: https://example.org/wire-b
published: 2022-04-11
---
Pashinyan accused Azerbaijan of shelling the village of Sotk on Sunday.

"We will not be the first to fire," Pashinyan told reporters, adding that Armenia remained ready for talks.

Aliyev praised Russia for its mediation in the conflict.
""",
    "wire-c.txt": """---
title: "Draft <script>window.pwned=1</script> rejected"
outlet: "Hostile \\"><img src=x onerror=window.pwned=2>"
url: "javascript:window.pwned=3"
published: 2022-05-01
---
President Ilham Aliyev said the <script>window.pwned=4</script> draft was "><img src=x onerror=window.pwned=5> unacceptable ]]> to Azerbaijan.
""",
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DeskInABrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(SHOTS, exist_ok=True)
        cls.folder = tempfile.mkdtemp(prefix="desk-test-")
        shutil.copy(os.path.join(ROOT, "Corpus", "actors.yaml"), cls.folder)
        os.makedirs(os.path.join(cls.folder, "articles"))
        for name, text in ARTICLES.items():
            with open(os.path.join(cls.folder, "articles", name), "w", encoding="utf-8") as f:
                f.write(text)
        cls.stancegraph("ingest", ".", "--registry", "actors.yaml")
        cls.port = free_port()
        cls.base = "http://127.0.0.1:%d" % cls.port
        cls.server = subprocess.Popen(
            [BINARY, "serve", "--corpus", ".", "--registry", "actors.yaml", "--port", str(cls.port)],
            cwd=cls.folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = cls.server.stdout.readline()
        if cls.base not in line:
            cls.server.kill()
            raise RuntimeError("serve did not start: %r %s" % (line, cls.server.stderr.read()))
        options = Options()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"]:
            options.add_argument(argument)
        options.binary_location = "/usr/bin/chromium"
        cls.browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        cls.browser.set_page_load_timeout(60)

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        cls.server.send_signal(2)  # Ctrl-C: it stops cleanly
        try:
            out, _ = cls.server.communicate(timeout=20)
            cls.stopped = (cls.server.returncode, out)
        finally:
            if cls.server.poll() is None:
                cls.server.kill()
        shutil.rmtree(cls.folder, ignore_errors=True)

    @classmethod
    def stancegraph(cls, *arguments):
        result = subprocess.run([BINARY, *arguments], cwd=cls.folder, capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            raise AssertionError("stancegraph %s: %s" % (" ".join(arguments), result.stderr))
        return result.stdout

    def open(self, path, shot):
        self.browser.get(self.base + path)
        self.shoot(shot)

    def shoot(self, name):
        height = self.browser.execute_script("return Math.min(document.body.scrollHeight, 4000)")
        self.browser.set_window_size(1400, max(800, height))
        self.browser.save_screenshot(os.path.join(SHOTS, name + ".png"))
        self.browser.set_window_size(1400, 1000)

    def href(self, anchor):
        """An SVG link's target: Graphviz writes xlink:href."""
        return self.browser.execute_script("return arguments[0].getAttribute('xlink:href') || arguments[0].getAttribute('href')", anchor) or ""

    def follow(self, anchor):
        """Follows an SVG link as a click would (its shape may lie under another)."""
        href = self.href(anchor)
        self.browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))", anchor)
        time.sleep(0.5)
        return href

    def assertNoScriptRan(self):
        self.assertIsNone(self.browser.execute_script("return window.pwned"))
        with self.assertRaises(NoAlertPresentException):
            self.browser.switch_to.alert.text

    def test_1_map_actor_and_edge(self):
        self.open("/", "map")
        self.assertIn("Who said what about whom", self.browser.find_element(By.TAG_NAME, "h1").text)
        actors = self.browser.find_elements(By.CSS_SELECTOR, "figure.map svg a[*|href^='/actor/']")
        self.assertTrue(actors, "the map links no actor")
        pashinyan = [a for a in actors if self.href(a).endswith("/actor/nikol-pashinyan")]
        self.assertTrue(pashinyan, "Pashinyan is not on the map")
        self.follow(pashinyan[0])
        self.assertTrue(self.browser.current_url.endswith("/actor/nikol-pashinyan"), self.browser.current_url)
        self.shoot("actor")
        self.assertIn("Nikol Pashinyan", self.browser.find_element(By.TAG_NAME, "h1").text)
        self.assertGreaterEqual(len(self.browser.find_elements(By.CSS_SELECTOR, "article.statement")), 2)
        # Filter to hostile statements only, with the form.
        self.browser.find_element(By.CSS_SELECTOR, "select[name=polarity] option[value=hostile]").click()
        self.browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        time.sleep(0.3)
        stances = [e.text for e in self.browser.find_elements(By.CSS_SELECTOR, "article.statement .head .stance")]
        self.assertTrue(stances and all(s.startswith("hostile") for s in stances), stances)
        # Back to the map, and along the edge from Pashinyan to Azerbaijan.
        self.browser.get(self.base + "/")
        edges = [a for a in self.browser.find_elements(By.CSS_SELECTOR, "figure.map svg a[*|href^='/edge']")
                 if "speaker=nikol-pashinyan" in self.href(a) and "target=azerbaijan" in self.href(a)]
        self.assertTrue(edges, "no edge from Pashinyan to Azerbaijan")
        self.follow(edges[0])
        self.assertIn("/edge?", self.browser.current_url)
        self.shoot("edge")
        cards = self.browser.find_elements(By.CSS_SELECTOR, "article.statement")
        self.assertGreaterEqual(len(cards), 2)
        self.assertTrue(any("shelling" in c.text for c in cards))
        # A statement's words are marked in its sentence, and it links to its place in the article.
        self.assertTrue(self.browser.find_elements(By.CSS_SELECTOR, "article.statement blockquote mark"))
        link = self.browser.find_element(By.PARTIAL_LINK_TEXT, "in the article")
        link.click()
        time.sleep(0.3)
        self.assertIn("/article/", self.browser.current_url)
        self.assertIn("#s-", self.browser.current_url)
        self.shoot("article")

    def test_2_article_text_never_runs(self):
        self.open("/article/wire-c", "hostile-article")
        self.assertNoScriptRan()
        body = self.browser.find_element(By.CSS_SELECTOR, ".article").text
        self.assertIn("<script>window.pwned=4</script>", body)
        self.assertIn("]]>", body)
        self.assertIn("<script>window.pwned=1</script>", self.browser.find_element(By.TAG_NAME, "h1").text)
        self.assertFalse(self.browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript']"))
        for path in ["/actor/ilham-aliyev", "/search?q=draft", "/review", "/figures", "/diff?actor=ilham-aliyev"]:
            self.open(path, "page-" + path.strip("/").split("?")[0].replace("/", "-"))
            self.assertNoScriptRan()

    def test_3_refusals(self):
        def request(method, path, headers, body=None):
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            connection.putrequest(method, path, skip_host=True)
            for name, value in headers.items():
                connection.putheader(name, value)
            connection.endheaders(body.encode() if body else None)
            response = connection.getresponse()
            answer = response.status, response.read().decode()
            connection.close()
            return answer
        host = {"Host": "127.0.0.1:%d" % self.port}
        self.assertEqual(request("GET", "/", {"Host": "rebind.example:%d" % self.port})[0], 403)
        self.assertEqual(request("GET", "/actor/..%2F..%2Factors.yaml", host)[0], 404)
        self.assertEqual(request("GET", "/?since=yesterday", host)[0], 400)
        form = "action=reject"
        status, _ = request("POST", "/review/000000000000", {**host, "Content-Type": "application/x-www-form-urlencoded",
                                                           "Content-Length": str(len(form)), "Origin": "http://evil.example"}, form)
        self.assertEqual(status, 403)
        self.assertFalse(os.path.exists(os.path.join(self.folder, "corrections.yaml")))

    def test_4_reject_in_review_survives_reingest(self):
        self.open("/review", "review")
        card = self.browser.find_element(By.CSS_SELECTOR, "article.statement")
        statement = card.get_attribute("id")[2:]
        speaker = card.find_element(By.CSS_SELECTOR, "a.speaker").get_attribute("href").rsplit("/", 1)[1]
        # "r" rejects, as the page says.
        self.browser.find_element(By.TAG_NAME, "body").send_keys("r")
        time.sleep(1)
        self.assertIn("/review", self.browser.current_url)
        self.shoot("review-after")
        with open(os.path.join(self.folder, "corrections.yaml"), encoding="utf-8") as f:
            corrections = f.read()
        self.assertIn("rejected: true", corrections)
        self.assertNotEqual(self.browser.find_element(By.CSS_SELECTOR, "article.statement").get_attribute("id"), "s-" + statement)
        # An article changes, and ingest extracts again; the server picks the new store up.
        with open(os.path.join(self.folder, "articles", "wire-a.txt"), "a", encoding="utf-8") as f:
            f.write("\nThe talks resume next week, officials said.\n")
        self.stancegraph("ingest", ".", "--registry", "actors.yaml")
        time.sleep(1.2)
        self.browser.get(self.base + "/actor/" + speaker)
        self.assertFalse(self.browser.find_elements(By.ID, "s-" + statement), "the rejected statement is back after ingest")
        listed = self.stancegraph("statements", "--actor", speaker, "--corpus", ".", "--registry", "actors.yaml", "--format", "jsonl")
        self.assertNotIn(statement, listed)

    def test_5_static_site_opens_from_disk(self):
        site = os.path.join(self.folder, "site")
        self.stancegraph("site", "-o", site, "--corpus", ".", "--registry", "actors.yaml")
        self.browser.get("file://" + os.path.join(site, "index.html"))
        self.shoot("site-map")
        self.assertNoScriptRan()
        actors = [a for a in self.browser.find_elements(By.CSS_SELECTOR, "figure.map svg a") if self.href(a) == "actor-nikol-pashinyan.html"]
        self.assertTrue(actors, "the site's map links no actor")
        self.follow(actors[0])
        self.assertTrue(self.browser.current_url.startswith("file://") and "/actor-" in self.browser.current_url, self.browser.current_url)
        self.assertTrue(self.browser.find_elements(By.CSS_SELECTOR, "article.statement"))
        # Search works from disk, through the script beside the pages.
        self.browser.get("file://" + os.path.join(site, "search.html"))
        field = self.browser.find_element(By.CSS_SELECTOR, "input[name=q]")
        field.send_keys("shelling\n")
        time.sleep(1)
        self.shoot("site-search")
        results = self.browser.find_elements(By.CSS_SELECTOR, "#results article.statement")
        self.assertTrue(results and all("shelling" in r.text for r in results), [r.text for r in results])
        self.browser.get("file://" + os.path.join(site, "article-wire-c.html"))
        self.assertNoScriptRan()


if __name__ == "__main__":
    if not os.access(BINARY, os.X_OK):
        sys.exit("desk_test: %s is not built; run swift build first" % BINARY)
    result = unittest.main(exit=False, verbosity=2).result
    stopped = getattr(DeskInABrowser, "stopped", None)
    if stopped is not None and (stopped[0] != 0 or "stopped" not in stopped[1]):
        print("desk_test: serve did not stop cleanly on Ctrl-C: %r" % (stopped,), file=sys.stderr)
        sys.exit(1)
    sys.exit(0 if result.wasSuccessful() else 1)
