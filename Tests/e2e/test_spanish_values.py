#!/usr/bin/env python3
"""End-to-end tests of Spanish values, queries, numbers and dates through the real binary
(issue 11, items 2-4): `--kind beca`, `move ID postulada`, `$ 1.500.000 COP` and `15/03/2027`
typed on the command line; `list` shows Spanish values, day-first dates and Colombian money
under Spanish, while `--json` and the file keep the English keys and plain numbers.

Run: CONVOCA_BIN=.build/debug/convoca python3 Tests/e2e/test_spanish_values.py
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
BASE = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
            SWIFT_BACKTRACE="enable=no", COLUMNS="200", XDG_CONFIG_HOME="/nonexistent-convoca-config")
ES = dict(BASE, CONVOCA_LANG="es", LANG="es_CO.UTF-8", LC_ALL="es_CO.UTF-8")
EN = dict(BASE, CONVOCA_LANG="en", LANG="C.UTF-8", LC_ALL="C.UTF-8")


class Fixture:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="convoca-e2e-es-")
        self.path = os.path.join(self.dir, "data.jsonl")

    def cli(self, *args, env=ES, ok=True):
        p = subprocess.run([BIN, *args, "--file", self.path], capture_output=True, text=True, env=env,
                           timeout=60)
        if ok:
            assert p.returncode == 0, f"{args} failed ({p.returncode}): {p.stderr}"
        return p

    def records(self, *query):
        return json.loads(self.cli("list", *query, "--json").stdout)


def test_spanish_values_typed_and_shown():
    f = Fixture()
    rid = f.cli("add", "--title", "Becas Medellín", "--kind", "beca", "--amount", "$ 1.500.000 COP",
                "--deadline", "15/03/2027").stdout.strip()
    f.cli("add", "--title", "Premio Ciudad", "--kind", "premio", "--amount", "US$ 25.000", "--deadline",
          "15 mar 2027")
    f.cli("move", rid, "postulada")
    # The file and --json keep the canonical English keys and plain numbers.
    recs = {r["title"]: r for r in f.records()}
    b = recs["Becas Medellín"]
    assert b["kind"] == "scholarship" and b["stage"] == "applied", b
    assert b["deadline"] == "2027-03-15", b
    assert str(b["amount"]["value"]) == "1500000" and b["amount"]["currency"] == "COP", b
    p = recs["Premio Ciudad"]
    assert p["kind"] == "award" and p["amount"]["currency"] == "USD" and str(p["amount"]["value"]) == "25000", p
    raw = open(f.path, encoding="utf-8").read()
    assert "scholarship" in raw and "beca" not in raw.replace("Becas", ""), raw
    # The table reads in Spanish.
    out = f.cli("list").stdout
    assert "ETAPA" in out and "postulada" in out and "beca" in out and "premio" in out, out
    assert "$ 1.500.000 COP" in out and "US$ 25.000" in out, out
    assert "15/03/2027" in out, out
    # …and in English, as before.
    out = f.cli("list", env=EN).stdout
    assert "applied" in out and "scholarship" in out and "2027-03-15" in out and "1,500,000 COP" in out, out


def test_spanish_queries_on_the_command_line():
    f = Fixture()
    f.cli("add", "--title", "Beca Japón", "--kind", "beca", "--deadline", "2026-12-20")
    f.cli("add", "--title", "Fondo Europa", "--kind", "subvención", "--deadline", "2027-06-01")
    titles = lambda *q: sorted(r["title"] for r in f.records(*q))  # noqa: E731
    assert titles("tipo:beca vence<60d") == ["Beca Japón"]
    assert titles("tipo:beca vence<60d") == titles("kind:scholarship due<60d")
    assert titles("es:abierta tipo:subvencion") == ["Fondo Europa"]
    # A mistake is refused in Spanish, with a suggestion, and exits non-zero.
    p = f.cli("list", "tpo:beca", ok=False)
    assert p.returncode != 0, p
    assert "campo desconocido 'tpo'" in p.stderr and "¿quiso decir 'tipo'?" in p.stderr, p.stderr


def test_bad_spanish_values_are_refused_and_nothing_is_lost():
    f = Fixture()
    rid = f.cli("add", "--title", "Uno", "--kind", "beca").stdout.strip()
    before = open(f.path, encoding="utf-8").read()
    p = f.cli("move", rid, "postuladísima", ok=False)
    assert p.returncode != 0 and p.stderr.strip(), p
    p = f.cli("add", "--title", "Dos", "--kind", "becario-x", ok=False)
    assert p.returncode != 0 and p.stderr.strip(), p
    assert open(f.path, encoding="utf-8").read() == before


def test_tracker_in_spanish_filter_add_through_the_form_and_move():
    """The issue's scenario under LANG=es_CO.UTF-8: filter `tipo:beca vence<60d`, add a call
    through the form with `1.500.000 COP` and `15/03/2027`, move it to postulada, quit; the
    file holds 1500000 COP and 2027-03-15."""
    f = Fixture()
    f.cli("add", "--title", "Beca Japón", "--kind", "beca", "--deadline", "2026-12-20")
    f.cli("add", "--title", "Fondo Europa", "--kind", "subvención", "--deadline", "2026-12-20")
    state = tempfile.mkdtemp(prefix="convoca-e2e-state-")
    env = {"CONVOCA_USER": "Laura Restrepo", "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
           "XDG_STATE_HOME": state, "XDG_CONFIG_HOME": state + "/config", "LANG": "es_CO.UTF-8",
           "LC_ALL": "", "LC_MESSAGES": ""}  # the harness pins LC_ALL=C.UTF-8; here LANG must decide
    with Session([BIN, "--file", f.path], width=120, height=30, env=env, name="tui-es") as s:
        s.wait_for("Fondo Europa")
        assert "subvención" in s.screen_text() and "20/12/2026" in s.screen_text(), s.screen_text()
        s.send_keys("/")
        s.type("tipo:beca vence<60d")
        s.wait_until(lambda t: "Fondo Europa" not in t.screen_text() and "Beca Japón" in t.screen_text(),
                     what="the list to follow the Spanish filter")
        s.send_keys("Enter")
        s.send_keys("/")
        s.send_keys(*["BSpace"] * 19)
        s.send_keys("Enter")
        s.wait_for("Fondo Europa")
        s.send_keys("a")
        s.type("Beca nueva")
        s.send_keys("Enter")            # → kind
        s.type("b")                     # beca, by its Spanish name
        s.wait_for("beca")
        s.send_keys("Enter")            # → area
        for _ in range(4):              # area, funder, program, country
            s.send_keys("Enter")
        s.type("15/03/2027")            # deadline
        s.send_keys("Enter", "Enter")   # decision → amount
        s.type("1.500.000 COP")
        s.send_keys("C-s")
        s.wait_for("Beca nueva")
        s.send_keys(">")
        s.wait_for("en preparación")
        s.send_keys(">")
        s.wait_for("postulada")
        s.send_keys("q")
        s.wait_for_exit()
    recs = {r["title"]: r for r in f.records()}
    added = recs["Beca nueva"]
    assert added["kind"] == "scholarship" and added["stage"] == "applied", added
    assert added["deadline"] == "2027-03-15", added
    assert str(added["amount"]["value"]) == "1500000" and added["amount"]["currency"] == "COP", added


if __name__ == "__main__":
    runner.run(globals())
