#!/usr/bin/env python3
"""End-to-end tests of issue 7's tracker problems, driving the real binary in tmux.

9.  Marks hidden by the filter: `>` asks (shown only / include hidden / cancel), acts on the
    rows shown, the marks clear; `A` clears the marks.
18. A 10 MB title and description: the list, the detail, PageDown and typing in the form
    answer at once.
22. Two trackers on one `ui.json`: the filters each used are both remembered.
23. `>` from applied to won asks for the awarded amount; the filled-in amount is replaced
    by what is typed. A new filter puts the cursor on the first row.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402

# The binary, environment (its own state folder, made at import) and `cli` of the tracker tests.
BIN, ENV, CLI_ENV, STATE, cli = tt.BIN, tt.ENV, tt.CLI_ENV, tt.STATE, tt.cli


def new_file(*titles):
    """A file with these titles, due a day apart in this order (so the list shows them so)."""
    d = tempfile.mkdtemp(prefix="convoca-e2e-trust-")
    path = os.path.join(d, "data.jsonl")
    ids = [cli(path, "add", "--title", t, "--kind", "grant", "--deadline", f"2026-12-{10 + k}",
               "--amount", "50000 USD").strip() for k, t in enumerate(titles)]
    return path, ids


def tracker(path, width=110, height=30, name="trust"):
    s = Session([BIN, "--file", path], width=width, height=height, env=ENV, name=name)
    s.wait_for("Convoca")
    return s


def stages(path):
    return {r["title"]: r["stage"] for r in json.loads(cli(path, "list", "--json"))}


def test_hidden_marks_are_asked_about_and_marks_clear():
    path, _ = new_file("Alpha call", "Beta call", "Gamma call")
    with tracker(path) as s:
        s.wait_for("Gamma call")
        # Sorted by deadline then title: Alpha, Beta, Gamma. Mark Alpha and Beta.
        s.send_keys("g", "Space", "Space")
        s.send_keys("/")
        s.type("Alpha")
        s.send_keys("Enter")
        s.wait_for_absent("Beta call")
        s.send_keys(">")
        s.wait_for("marked rows are hidden by the filter")
        s.send_keys("v")
        s.wait_for("saved")
        s.wait_for_absent("hidden by the filter")
        # The marks cleared: `>` now moves only the selected row, without asking.
        s.send_keys(">")
        s.wait_until(lambda _s: stages(path)["Alpha call"] == "applied", what="Alpha applied")
        assert "hidden by the filter" not in s.screen_text()
        s.send_keys("q")
        s.wait_for_exit()
    st = stages(path)
    assert st == {"Alpha call": "applied", "Beta call": "identified", "Gamma call": "identified"}, st


def test_capital_a_clears_the_marks():
    path, _ = new_file("Alpha call", "Beta call")
    with tracker(path) as s:
        s.wait_for("Beta call")
        s.send_keys("*")
        s.wait_for("2 marked")
        s.send_keys("A")
        s.wait_for("marks cleared")
        s.send_keys("A")
        s.wait_for("marks cleared")
        s.send_keys(">")  # only the selected row moves
        s.wait_until(lambda _s: list(stages(path).values()).count("preparing") == 1, what="one moved")
        s.send_keys("q")
        s.wait_for_exit()


def test_step_to_won_asks_and_typing_replaces_the_amount():
    path, ids = new_file("Alpha call")
    cli(path, "move", ids[0], "applied")
    with tracker(path) as s:
        s.wait_for("Alpha call")
        s.send_keys(">")
        s.wait_for("Awarded amount: 50000 USD")
        s.type("42000 USD")
        s.wait_for("Awarded amount: 42000 USD")
        s.send_keys("Enter")
        s.wait_for("applied → won")
        s.send_keys("q")
        s.wait_for_exit()
    [r] = json.loads(cli(path, "list", "--json"))
    assert r["stage"] == "won" and r["awarded"]["value"] in (42000, "42000"), r


def test_new_filter_goes_to_the_first_row():
    path, _ = new_file("Alpha call", "Delta grant", "Beta call", "Gamma call")
    with tracker(path) as s:
        s.wait_for("Gamma call")
        s.send_keys("G", "/")  # the last row, Gamma call, stays shown by the filter
        s.type("call")
        s.send_keys("Enter")
        s.wait_for_absent("Delta grant")
        s.send_keys("Enter")  # opens the selected row: the first one
        s.wait_for("Esc back")
        assert "Alpha call" in s.screen_text() and "Gamma call" not in s.screen_text(), s.screen_text()
        s.send_keys("Escape", "q")
        s.wait_for_exit()


def test_huge_fields_answer_at_once():
    path, _ = new_file("Small title")
    words = ("Medellín cooperación internacional " * 300_000)[:10_000_000]
    lines = open(path, encoding="utf-8").read().splitlines()
    out = []
    for line in lines:
        v = json.loads(line)
        if "title" in v:
            v["title"] = words
            v["description"] = "\n".join(words[i:i + 300] for i in range(0, len(words), 300))
        out.append(json.dumps(v, ensure_ascii=False, separators=(",", ":")))
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
    with tracker(path, name="huge") as s:
        s.wait_for("Medellín cooperación", timeout=30)
        started = time.monotonic()
        s.send_keys("Enter")
        s.wait_for("Esc back", timeout=10)
        s.send_keys("PageDown")
        s.send_keys("PageDown")
        s.send_keys("G")
        s.wait_for("bytes in all", timeout=5)
        s.send_keys("Escape", "e")
        s.wait_for("Edit", timeout=5)
        s.send_keys("End")
        s.type("XYZ")
        s.wait_for("XYZ", timeout=5)
        elapsed = time.monotonic() - started
        assert elapsed < 10, f"took {elapsed:.1f}s"
        s.send_keys("Escape")
        s.wait_for("Throw away", timeout=5)
        s.send_keys("y", "q")
        s.wait_for_exit(timeout=10)


def test_two_trackers_keep_both_filters():
    path, _ = new_file("Alpha call", "Beta call")
    with tracker(path, name="one") as a, tracker(path, name="two") as b:
        a.wait_for("Beta call")
        b.wait_for("Beta call")
        a.send_keys("/")
        a.type("Alpha")
        a.send_keys("Enter")
        a.wait_for_absent("Beta call")
        b.send_keys("/")
        b.type("Beta")
        b.send_keys("Enter")
        b.wait_for_absent("Alpha call")
        a.send_keys("q")
        a.wait_for_exit()
        b.send_keys("q")
        b.wait_for_exit()
    ui = json.load(open(os.path.join(STATE, "convoca", "ui.json"), encoding="utf-8"))
    entry = ui["files"][os.path.realpath(path)]
    assert {"Alpha", "Beta"} <= set(entry["filterHistory"]), entry


if __name__ == "__main__":
    runner.run(globals())
