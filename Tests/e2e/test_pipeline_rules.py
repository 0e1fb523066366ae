#!/usr/bin/env python3
"""End-to-end tests of the pipeline rules through the real `convoca` binary.

Leaving won clears the awarded amount (the history keeps it), a move to won awards what a
move in the tracker would, and edits that change nothing write nothing (no journal line,
`updated` unchanged) and say so with exit 0.

Run: python3 Tests/e2e/test_pipeline_rules.py [path/to/convoca]   (default .build/debug/convoca)
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_cli as cli  # noqa: E402


def lines(path):
    with open(path, "rb") as f:
        return f.read().count(b"\n")


def show(f, i):
    return json.loads(f.cli("show", i, "--json", check=True).stdout)


def test_leaving_won_clears_awarded_and_history_keeps_it():
    f = cli.Fixture()
    i = f.add("Cities Mission", "--amount", "250000", "--currency", "EUR")
    f.cli("move", i, "applied", check=True)
    f.cli("move", i, "won", "--awarded", "200000 EUR", check=True)
    assert show(f, i)["awarded"] == {"value": 200000, "currency": "EUR"}
    assert [r["id"] for r in f.records("awarded>0")] == [i]
    f.cli("move", i, "applied", check=True)
    shown = show(f, i)
    assert shown.get("awarded") is None, shown
    assert f.records()[0].get("awarded") is None
    assert f.records("awarded>0") == [], "a call no longer won still counts as money won"
    kept = [h for h in shown["history"] if h.get("field") == "awarded"]
    assert len(kept) == 1 and kept[0]["from"] == "200000 EUR" and kept[0]["to"] == "", shown["history"]
    assert "awarded: 200000 EUR →" in f.cli("show", i, check=True).stdout
    # Back to won without --awarded: the amount requested again.
    f.cli("move", i, "won", check=True)
    assert show(f, i)["awarded"] == {"value": 250000, "currency": "EUR"}
    assert f.cli("check").returncode == 0


def test_added_in_won_is_awarded_the_amount():
    f = cli.Fixture()
    i = f.add("Prize", "--stage", "won", "--amount", "10000 USD")
    assert show(f, i)["awarded"] == {"value": 10000, "currency": "USD"}


def test_no_op_edits_write_nothing_and_say_so():
    f = cli.Fixture()
    i = f.add("Base", "--owner", "Ana", "--tag", "climate", "--funder", "CAF")
    before_lines = lines(f.path)
    before = show(f, i)["updated"]
    time.sleep(1.1)  # a write would move `updated` to a later second
    for args in (["--owner", "Ana"], ["--remove-tag", "absent"], ["--add-tag", "climate"], ["--funder", "CAF"],
                 ["--owner", "Ana", "--funder", "CAF", "--tag", "climate"], ["--area", ""]):
        p = f.cli("edit", i, *args)
        assert p.returncode == 0, f"{args}: {p.returncode} {p.stderr}"
        assert "nothing to change" in p.stderr, f"{args}: {p.stderr!r}"
        assert lines(f.path) == before_lines, f"{args} wrote a journal line"
        assert show(f, i)["updated"] == before, f"{args} changed updated"
    # A real change among no-ops writes one line naming only what changed.
    p = f.cli("edit", i, "--owner", "Ana", "--funder", "IDB", check=True)
    assert "changed funder" in p.stderr and "owner" not in p.stderr, p.stderr
    assert lines(f.path) == before_lines + 1
    assert show(f, i)["updated"] != before


if __name__ == "__main__":
    runner.run(globals())
