#!/usr/bin/env python3
"""Issue 9's whole scenario in ONE tracker session against the real binary (tmux):

open the board and move a card two columns right (won asks for the awarded amount); open the
dashboard and drill into "due in 7 days"; save a view; run a standup through two people, add a
note inline and finish it; quit — then check the history, the view and the recorded standup
through the command line, and reuse the view from the CLI.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_team_views.py
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from test_dashboard import figure_order  # noqa: E402
from tmux_harness import Session  # noqa: E402

# Today (CONVOCA_TODAY) is Sunday 2026-11-29.
CALLS = [
    # title, deadline, owner, stage
    ("Fondo Verde Ciudades", "2026-12-01", "Ana María", "preparing"),
    ("Becas KOICA Movilidad", "2026-12-03", "Laura Restrepo", "identified"),
    ("URBACT Red de Innovación", "2026-12-20", "Ana María", "identified"),
    ("Premio Ciudades Seguras", "2027-01-15", "Laura Restrepo", "applied"),
]


def make_file():
    d = tempfile.mkdtemp(prefix="convoca-e2e-team-")
    path = os.path.join(d, "data.jsonl")
    ids = []
    for title, due, owner, stage in CALLS:
        i = tt.cli(path, "add", "--title", title, "--kind", "grant", "--deadline", due, "--owner", owner,
                   "--amount", "100000", "--currency", "EUR").strip()
        if stage != "identified":
            tt.cli(path, "move", i, stage)
        ids.append(i)
    tt.cli(path, "rates", "currency", "COP")
    tt.cli(path, "rates", "set", "EUR", "4420.15", "--date", "2026-11-27")
    return path, ids


def run(path, *args):
    return subprocess.run([tt.BIN, *args, "--file", path], capture_output=True, text=True, env=tt.CLI_ENV,
                          timeout=60)


def test_the_team_scenario_in_one_session():
    path, ids = make_file()
    fondo, koica, urbact, premio = ids
    with Session([tt.BIN, "--file", path], width=120, height=32, env=tt.ENV, name="team") as s:
        s.wait_for("Fondo Verde")
        assert "1 List  2 Board  3 Dashboard  4 Standup" in s.screen_text().splitlines()[0], s.screen_text()

        # Board: the preparing card, two columns right; won asks for the awarded amount.
        s.send_keys("2")
        s.wait_for("preparing")
        # The board's cursor starts on the list's selected call: Fondo Verde (soonest deadline).
        s.send_keys(">")
        s.wait_for("preparing → applied")
        s.send_keys(">")
        s.wait_for("Awarded amount")
        s.send_keys("C-u")
        s.type("90000 EUR")
        s.send_keys("Enter")
        s.wait_for("applied → won")

        # Dashboard: drill into "due in 7 days", then come back. The cursor walks the figures
        # in the order `report --format json` lists them (read now: the move is saved).
        report = json.loads(run(path, "report", "--format", "json").stdout)
        assert report["currency"] == "COP", report
        steps = figure_order(report).index("due7")
        s.send_keys("3")
        s.wait_for("due in 7 days")
        for _ in range(steps):
            s.send_keys("j")
        s.send_keys("Enter")
        s.wait_for("is:open due<7d")
        s.wait_for("1 of 4")
        rows = "\n".join(s.screen_text().splitlines()[3:-2])
        assert "Becas KOICA Movilidad" in rows and "Fondo Verde" not in rows, rows  # Fondo was won
        # Save what the drill-down shows as a view, from the list.
        s.send_keys("V")
        s.wait_for("Save view as:")
        s.type("Vence esta semana")
        s.send_keys("Enter")
        s.wait_for("view 'Vence esta semana' saved")
        s.send_keys("Escape")
        s.wait_for("Period:")

        # Standup: two people, an inline note, finish.
        s.send_keys("4")
        s.wait_for("person 1 of 2")
        s.send_keys("Tab")
        s.wait_for("person 2 of 2")
        s.send_keys("BTab")
        s.wait_for("person 1 of 2")
        assert "Ana María" in s.screen_text(), s.screen_text()
        s.send_keys("Tab")
        s.wait_for("person 2 of 2")
        s.send_keys("n")
        s.type("acordado en la reunión: postular")
        s.send_keys("Enter")
        s.wait_for("noted: acordado")
        s.send_keys("F")
        s.wait_for("Finish the standup and record it?")
        s.send_keys("y")
        s.wait_for("Standup finished and recorded")
        s.send_keys("q")
        s.wait_for_exit()

    # The history: two moves, the second with the awarded amount.
    record = json.loads(tt.cli(path, "show", fondo, "--json"))
    record = record[0] if isinstance(record, list) else record
    assert record["stage"] == "won" and "90000" in json.dumps(record["awarded"]), record
    moves = [(h["from"], h["to"], h["by"]) for h in record["history"] if h.get("field") is None]
    assert ("preparing", "applied", "Laura Restrepo") in moves, moves
    assert ("applied", "won", "Laura Restrepo") in moves, moves

    # The note landed on the call selected on Laura's page (its first line; the setting-up and
    # the session happen within seconds, so which of her lines comes first varies).
    noted = [json.loads(tt.cli(path, "show", i, "--json")) for i in ids]
    noted = [n[0] if isinstance(n, list) else n for n in noted]
    notes = [(r["title"], x["text"], x["by"]) for r in noted for x in r["notes"]]
    assert len(notes) == 1 and notes[0][1:] == ("acordado en la reunión: postular", "Laura Restrepo"), notes
    # Laura's page: what she added (her own calls, KOICA and Premio) and moved (Fondo, Premio).
    assert notes[0][0] != "URBACT Red de Innovación", notes

    # The view: listed with its count, and reused from the CLI.
    views = json.loads(tt.cli(path, "views", "--json"))
    saved = [v for v in views if v["name"] == "Vence esta semana"]
    assert saved and saved[0]["query"] == "is:open due<7d" and saved[0]["count"] == 1, views
    listed = json.loads(tt.cli(path, "list", "--view", "vence ESTA semana", "--json"))
    assert [r["title"] for r in listed] == ["Becas KOICA Movilidad"], listed

    # The recorded standup: in the file, and the next agenda starts from it.
    with open(path) as f:
        lines = [json.loads(l) for l in f if l.strip()]
    assert any(l.get("op") == "standup" for l in lines), lines
    md = tt.cli(path, "standup", "--format", "md")
    assert "since 2026-11-27" not in md.splitlines()[0], md

    # Compaction keeps the team data (the rate, the view, the standup) and check passes.
    tt.cli(path, "compact")
    with open(path) as f:
        text = f.read()
    assert '{"reporting":"COP"}' in text and '"rate":"EUR"' in text, text
    assert '{"view":"Vence esta semana","query":"is:open due<7d"' in text and '{"standup":' in text, text
    assert run(path, "check").returncode == 0


if __name__ == "__main__":
    runner.run(globals())
