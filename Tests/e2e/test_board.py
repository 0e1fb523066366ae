#!/usr/bin/env python3
"""End-to-end test of the board (screen 2, issue 9 item 2), driving the real binary in tmux.

A demo-like file (calls in every open stage and one won, several owners and currencies): `2`
shows the board, `>` `>` moves a card two columns right (preparing → applied → won) with the
cursor following it, reaching won asks for the awarded amount, which is typed; after `q` the
command line shows the new stage, the awarded amount and both moves in the history. In
Spanish, the board's words are translated.
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402

BIN, ENV, cli = tt.BIN, tt.ENV, tt.cli


def demo_like():
    d = tempfile.mkdtemp(prefix="convoca-e2e-board-")
    path = os.path.join(d, "data.jsonl")
    calls = [
        ("Movilidad urbana Medellín", "identified", "JICA", "2026-12-04", "250000 USD", "Laura Restrepo"),
        ("URBACT network", "identified", "European Commission", "2027-03-01", "", "Ana Gómez"),
        ("Becas de innovación", "preparing", "KOICA", "2026-12-10", "40000 EUR", "Ana Gómez"),
        ("Peace education call", "applied", "AECID", "2026-10-01", "90000 EUR", "Laura Restrepo"),
        ("Digital skills award", "won", "IDB", "", "15000 USD", "Laura Restrepo"),
    ]
    ids = {}
    for title, stage, funder, deadline, amount, owner in calls:
        args = ["add", "--title", title, "--kind", "grant", "--stage", stage, "--funder", funder, "--owner", owner]
        if deadline:
            args += ["--deadline", deadline]
        if amount:
            args += ["--amount", amount]
        ids[title] = cli(path, *args).strip()
    return path, ids


def test_board_moves_a_card_two_columns_right_to_won():
    path, ids = demo_like()
    rid = ids["Becas de innovación"]
    with Session([BIN, "--file", path], width=120, height=30, env=ENV, name="board") as s:
        s.wait_for("Movilidad urbana")
        s.send_keys("2")
        s.wait_for("preparing")
        s.wait_for("dropped")
        screen = s.screen_text()
        assert "identified" in screen and "KOICA" in screen, screen
        # The preparing column: from the leftmost column, one to the right.
        s.send_keys("h", "h", "h", "h", "h", "l", "g")
        s.send_keys(">")
        s.wait_for("preparing → applied")
        # The cursor followed the card: the second > moves it again, into won, which asks.
        s.send_keys(">")
        s.wait_for("Awarded amount")
        s.send_keys("C-u")
        s.type("42000 EUR")
        s.send_keys("Enter")
        s.wait_for("applied → won")
        s.wait_for("42K EUR")
        s.send_keys("q")
        s.wait_for_exit()
    record = json.loads(cli(path, "show", rid, "--json"))
    assert record["stage"] == "won", record
    assert "42000" in json.dumps(record["awarded"]), record
    moves = [(h.get("from"), h.get("to")) for h in record["history"] if h.get("from") or h.get("to")]
    assert ("preparing", "applied") in moves and ("applied", "won") in moves, record["history"]


def test_board_in_spanish_and_folding():
    path, _ = demo_like()
    env = dict(ENV, CONVOCA_LANG="es")
    with Session([BIN, "--file", path], width=100, height=30, env=env, name="board-es") as s:
        s.wait_for("Movilidad urbana")
        s.send_keys("2")
        s.wait_for("2 Tablero")
        s.wait_for("parcial")
        s.wait_for("sin convocator")
        s.send_keys("z")
        s.wait_for("etapas cerradas plegadas")
        s.wait_for_absent("sin convocator")
        s.send_keys("q")
        s.wait_for_exit()


if __name__ == "__main__":
    runner.run(globals())
