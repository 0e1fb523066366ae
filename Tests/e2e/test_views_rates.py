#!/usr/bin/env python3
"""End-to-end tests of `convoca rates`, `convoca views` and `list --view` against the real
binary, and of saving a view in the tracker (tmux) and reusing it from the command line.

Run: CONVOCA_BIN=.build/debug/convoca python3 Tests/e2e/test_views_rates.py
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("CONVOCA_BIN", os.path.join(ROOT, ".build", "debug", "convoca"))
STATE = tempfile.mkdtemp(prefix="convoca-e2e-views-")
CONFIG = os.path.join(STATE, "config")
os.makedirs(os.path.join(CONFIG, "convoca"))
with open(os.path.join(CONFIG, "convoca", "config.json"), "w") as f:
    json.dump({"currency": "USD", "reportingCurrency": "COP"}, f)
BASE = {"CONVOCA_USER": "Laura Restrepo", "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
        "XDG_STATE_HOME": STATE, "XDG_CONFIG_HOME": CONFIG, "LANG": "C.UTF-8", "CONVOCA_LANG": "en"}
ENV = dict(os.environ, **BASE, NO_COLOR="1", COLUMNS="160")


def run(path, *args, env=None):
    return subprocess.run([BIN, *args, "--file", path], capture_output=True, text=True, env=env or ENV,
                          timeout=60)


def ok(path, *args, env=None):
    p = run(path, *args, env=env)
    assert p.returncode == 0, f"{args} failed ({p.returncode}): {p.stderr}"
    return p


def refused(path, args, message, env=None):
    """The command fails with `message` on stderr and leaves the file byte for byte as it was."""
    before = digest(path)
    p = run(path, *args, env=env)
    assert p.returncode != 0, f"{args} succeeded: {p.stdout}"
    assert message in p.stderr, f"{args}: {p.stderr!r} lacks {message!r}"
    assert digest(path) == before, f"{args} changed the file"
    return p


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def new_file():
    d = tempfile.mkdtemp(prefix="convoca-e2e-vr-")
    path = os.path.join(d, "data.jsonl")
    ok(path, "add", "--title", "KOICA transport", "--kind", "grant", "--amount", "18000000 KRW",
       "--deadline", "2026-12-03")
    ok(path, "add", "--title", "USAID peace", "--kind", "grant", "--amount", "1000000 USD",
       "--deadline", "2027-02-01", "--owner", "Ana")
    ok(path, "add", "--title", "EU award", "--kind", "award", "--amount", "50000 EUR")
    return path


def titles(path, *args):
    return [r["title"] for r in json.loads(ok(path, "list", *args, "--json").stdout)]


def test_rates_set_list_remove_and_amount_sorting():
    path = new_file()
    # Without rates, the numbers compare as written: 18,000,000 KRW above 1,000,000 USD.
    assert titles(path, "--sort", "-amount")[0] == "KOICA transport"
    p = ok(path, "rates")
    assert "no reporting currency yet" in p.stderr and "COP" in p.stderr
    p = ok(path, "rates", "set", "EUR", "4420.15", "--date", "2026-12-01")
    assert "reporting currency: COP" in p.stderr, p.stderr
    ok(path, "rates", "set", "krw", "2.87")
    ok(path, "rates", "set", "USD", "3950.40")
    out = ok(path, "rates").stdout
    assert "reporting currency: COP" in out
    assert "1 EUR = 4420.15 COP  (2026-12-01)" in out, out
    assert "1 KRW = 2.87 COP  (2026-11-29)" in out, out     # the date defaults to today
    assert "1 USD = 3950.4 COP" in out
    data = json.loads(ok(path, "rates", "--json").stdout)
    assert data["reporting"] == "COP"
    assert [r["currency"] for r in data["rates"]] == ["EUR", "KRW", "USD"]
    # Converted: 18M KRW = 51.7M COP, below 1M USD = 3,950M COP and 50k EUR = 221M COP.
    assert titles(path, "--sort", "-amount") == ["USAID peace", "EU award", "KOICA transport"]
    assert titles(path, "--sort", "amount")[0] == "KOICA transport"
    assert titles(path, "amount>1000m") == ["USAID peace"]
    # A missing rate: removing EUR says which amounts have none.
    p = ok(path, "rates", "remove", "eur")
    assert "rate for EUR removed" in p.stderr
    p = ok(path, "rates")
    assert "no rate for EUR" in p.stderr, p.stderr
    assert "EUR" not in p.stdout
    # A comma-decimal locale reads 4.420,15 as the configuration reads amounts.
    ok(path, "rates", "set", "EUR", "4.420,15", env=dict(ENV, LANG="es_CO.UTF-8"))
    assert "1 EUR = 4420.15 COP" in ok(path, "rates").stdout
    assert subprocess.run([BIN, "check", "--file", path], capture_output=True, env=ENV).returncode == 0


def test_rates_bad_inputs_change_nothing():
    path = new_file()
    ok(path, "rates", "set", "EUR", "4420.15")
    refused(path, ["rates", "set", "EUR", "0"], "a rate must be above 0")
    refused(path, ["rates", "set", "EUR", "-3"], "a rate must be above 0")
    refused(path, ["rates", "set", "EUR", "-4420.15", "--date", "-2d"], "a rate must be above 0")
    refused(path, ["rates", "set", "EUR", "abc"], "'abc' is not a rate")
    refused(path, ["rates", "set", "EUR", "4,420"], "could be 4,420 (thousands) or 4.42 (decimals)")
    refused(path, ["rates", "set", "EURO", "3"], "'EURO' is not a currency code")
    refused(path, ["rates", "set", "COP", "1"], "COP is the reporting currency")
    refused(path, ["rates", "set", "EUR", "4000", "--date", "someday"], "someday")
    refused(path, ["rates", "remove", "GBP"], "there is no rate for GBP")
    refused(path, ["rates", "currency", "USD"], "--clear-rates")
    refused(path, ["rates", "currency", "US"], "'US' is not a currency code")
    p = ok(path, "rates", "currency", "USD", "--clear-rates")
    assert "reporting currency: USD" in p.stderr
    data = json.loads(ok(path, "rates", "--json").stdout)
    assert data == {"reporting": "USD", "rates": []}, data


def test_views_add_list_remove_and_list_view():
    path = new_file()
    p = ok(path, "views")
    assert "no saved views yet" in p.stderr
    p = ok(path, "views", "add", "Big grants", "kind:grant", "-owner:ana", "--sort", "-amount",
           "--columns", "title,amount")
    assert "view 'Big grants' saved (1 matching now)" in p.stderr, p.stderr
    ok(path, "views", "add", "Awards", "kind:award", "--screen", "board")
    out = ok(path, "views").stdout
    assert "Awards" in out and "Big grants" in out and "kind:grant -owner:ana" in out
    views = json.loads(ok(path, "views", "--json").stdout)
    assert [(v["name"], v["count"], v["sort"], v["screen"]) for v in views] == [
        ("Awards", 1, None, "board"), ("Big grants", 1, "amount:desc", None)], views
    # A name compares ignoring case and accents.
    refused(path, ["views", "add", "BIG GRÁNTS", "is:open"], "a view named 'Big grants' exists")
    ok(path, "views", "add", "BIG GRANTS", "kind:grant", "--sort", "-amount", "--replace")
    # Bad inputs: clear message, non-zero exit, nothing written.
    refused(path, ["views", "add", "Bad", "due<<"], "view 'Bad'")
    refused(path, ["views", "add", "Bad", "x", "--sort", "nope"], "cannot sort by 'nope'")
    refused(path, ["views", "add", "Bad", "x", "--columns", "title,nope"], "unknown column 'nope'")
    refused(path, ["views", "add", "Bad", "x", "--screen", "calendar"], "no screen 'calendar'")
    refused(path, ["views", "add", " ", "x"], "a view needs a name")
    refused(path, ["views", "remove", "Nope"], "there is no view 'Nope'; the views are: Awards, BIG GRANTS")
    # list --view: the view's query AND the extra terms; its sort and columns unless given.
    ok(path, "rates", "set", "KRW", "2.87")
    ok(path, "rates", "set", "USD", "3950.4")
    assert titles(path, "--view", "big grants") == ["USAID peace", "KOICA transport"]
    assert titles(path, "--view", "big grants", "koica") == ["KOICA transport"]
    assert titles(path, "--view", "big grants", "--sort", "title") == ["KOICA transport", "USAID peace"]
    table = ok(path, "list", "--view", "Big grants").stdout
    assert table.splitlines()[0].split() == ["ID", "TITLE", "KIND", "STAGE", "DEADLINE", "AMOUNT", "FUNDER",
                                             "OWNER"] or "KIND" in table.splitlines()[0]
    refused(path, ["list", "--view", "nope"], "there is no view 'nope'")
    p = ok(path, "views", "remove", "big grants")
    assert "view 'BIG GRANTS' removed" in p.stderr
    assert [v["name"] for v in json.loads(ok(path, "views", "--json").stdout)] == ["Awards"]


def test_views_in_spanish():
    path = new_file()
    es = dict(ENV, CONVOCA_LANG="es")
    p = run(path, "views", "remove", "x", env=es)
    assert p.returncode != 0 and "no hay vista 'x'" in p.stderr, p.stderr
    p = ok(path, "views", "add", "Premios", "kind:award", env=es)
    assert "vista 'Premios' guardada (1 coinciden ahora)" in p.stderr, p.stderr


def test_demo_ships_rates_and_views():
    env = dict(ENV)
    env.pop("CONVOCA_USER")
    p = subprocess.run([BIN, "--demo", "views", "--json"], capture_output=True, text=True, env=env, timeout=60)
    assert p.returncode == 0, p.stderr
    views = {v["name"]: v["count"] for v in json.loads(p.stdout)}
    assert set(views) == {"Awaiting decision", "Due this week", "My open calls", "Stale", "Won this year"}
    assert all(n > 0 for n in views.values()), views
    p = subprocess.run([BIN, "--demo", "rates", "--json"], capture_output=True, text=True, env=env, timeout=60)
    rates = json.loads(p.stdout)
    assert rates["reporting"] == "COP" and {"EUR", "USD", "KRW", "JPY", "GBP"} <= {r["currency"] for r in rates["rates"]}


def test_tracker_saves_a_view_the_cli_reuses():
    path = new_file()
    s = Session([BIN, "--file", path], width=110, height=30, env=BASE, name="views")
    with s:
        s.wait_for("KOICA transport")
        s.send_keys("/")
        s.type("kind:grant")
        s.wait_until(lambda t: "EU award" not in t.screen_text(), what="the filter")
        s.send_keys("Enter")
        s.send_keys("V")
        s.wait_for("Save view as:")
        s.type("Grants from tmux")
        s.send_keys("Enter")
        s.wait_for("view 'Grants from tmux' saved")
        # Clear the filter, then apply the view from the list of views.
        s.send_keys("/")
        s.send_keys("C-u")
        s.send_keys("Enter")
        s.wait_for("EU award")
        s.send_keys("v")
        s.wait_for("Saved views")
        s.wait_for("Grants from tmux  (2)  kind:grant")
        s.send_keys("Enter")
        s.wait_for("view 'Grants from tmux': 2 calls")
        assert "EU award" not in s.screen_text()
        s.send_keys("q")
        s.wait_for_exit()
    views = json.loads(ok(path, "views", "--json").stdout)
    assert [(v["name"], v["query"], v["count"], v["screen"]) for v in views] == [
        ("Grants from tmux", "kind:grant", 2, "list")], views
    assert sorted(titles(path, "--view", "grants from tmux")) == ["KOICA transport", "USAID peace"]


if __name__ == "__main__":
    runner.run(globals())
