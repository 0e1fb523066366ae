#!/usr/bin/env python3
"""End-to-end tests of the quick actions, driving the real binary in tmux.

1. `]` / `[` in the detail view go to the next / previous call of the list as sorted.
2. "Move and note" (`m`, then `n`) asks for a note naming the call; the move's history entry
   keeps it (read back with `convoca show --json`).
3. A deadline changed with `convoca edit` appears in the history, in `show` and in the
   tracker's detail; `y` without the configuration shows the id and how to enable copying.
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402

# The binary, environment and `cli` of the tracker tests (test_tracker.py).
BIN, ENV, CLI_ENV, cli = tt.BIN, tt.ENV, tt.CLI_ENV, tt.cli


def new_file(*calls):
    d = tempfile.mkdtemp(prefix="convoca-e2e-quick-")
    path = os.path.join(d, "data.jsonl")
    ids = [cli(path, "add", "--title", t, "--kind", "grant", "--deadline", day).strip() for t, day in calls]
    return path, ids


def tracker(path, width=110, height=30):
    s = Session([BIN, "--file", path], width=width, height=height, env=ENV, name="quick")
    s.wait_for("Convoca")
    return s


def detail_title(s):
    # The detail's first body line is the title, under the header row.
    return s.screen()[2].strip()


def test_brackets_walk_the_list_from_the_detail():
    path, _ = new_file(("First call", "2026-12-01"), ("Second call", "2026-12-10"), ("Third call", "2026-12-20"))
    with tracker(path) as s:
        s.wait_for("Third call")
        s.send_keys("Enter")
        s.wait_until(lambda t: detail_title(t) == "First call", what="the first call's detail")
        s.send_keys("]")
        s.wait_until(lambda t: detail_title(t) == "Second call", what="] to open the second call")
        s.send_keys("]")
        s.wait_until(lambda t: detail_title(t) == "Third call", what="] to open the third call")
        s.send_keys("]")
        s.wait_for("last call of the list")
        s.send_keys("[")
        s.wait_until(lambda t: detail_title(t) == "Second call", what="[ to go back")
        s.send_keys("q")
        s.send_keys("q")
        s.wait_for_exit()


def test_move_and_note_keeps_the_note_in_the_moves_history_entry():
    path, ids = new_file(("Chevening Scholarships", "2026-12-20"))
    with tracker(path) as s:
        s.wait_for("Chevening Scholarships")
        s.send_keys("m")
        s.wait_for("Move to stage")
        s.wait_for("move and note")
        s.send_keys("n")
        s.wait_for("Note on moving 'Chevening Scholarships' to preparing:")
        s.type("draft sent to the embassy")
        s.send_keys("Enter")
        s.wait_until(lambda t: "preparing" in t.screen_text() and "Note on moving" not in t.screen_text(),
                     what="the move to be saved")
        s.send_keys("q")
        s.wait_for_exit()
    record = json.loads(cli(path, "show", ids[0], "--json"))
    assert record["stage"] == "preparing", record
    last = record["history"][-1]
    assert last["to"] == "preparing" and last["note"] == "draft sent to the embassy", record["history"]


def test_a_changed_deadline_is_in_the_history_and_y_explains_copying():
    path, ids = new_file(("URBACT Networks", "2026-12-20"))
    cli(path, "edit", ids[0], "--deadline", "2027-01-15")
    shown = cli(path, "show", ids[0])
    assert "deadline: 2026-12-20 → 2027-01-15" in shown, shown
    record = json.loads(cli(path, "show", ids[0], "--json"))
    assert {"field": "deadline", "from": "2026-12-20", "to": "2027-01-15"}.items() <= record["history"][-1].items()
    with tracker(path) as s:
        s.wait_for("URBACT Networks")
        s.send_keys("y")
        s.wait_for('"clipboard": true')
        assert ids[0] in s.screen_text()
        s.send_keys("Enter")
        s.wait_for("deadline: 2026-12-20 → 2027-01-15")
        s.send_keys("q")
        s.send_keys("q")
        s.wait_for_exit()


if __name__ == "__main__":
    runner.run(globals())
