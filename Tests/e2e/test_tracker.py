#!/usr/bin/env python3
"""End-to-end tests of the full-screen tracker, driving the real binary in tmux.

1. Filter with `/`, open a detail, add one through the form, move it with `>`, undo, quit with
   `q`; then the file, read back with `convoca list --json`, says exactly that.
2. A title holding `ESC ] 2 ; … BEL` and a clear-screen sequence neither changes the pane title
   nor disturbs the screen.
3. A change made from the command line, or from a second tracker, shows up within a second;
   two trackers and two command-line writers on one file at once lose nothing.
4. Saving a form whose record was changed meanwhile shows both values and asks; the
   overwritten value stays in the history.
5. A damaged file opens read-only with a banner and edits are refused with a reason.
6. A new, empty file shows the friendly first-run screen; a tiny terminal says it is too small.
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
BIN = os.environ.get("CONVOCA_BIN", os.path.join(ROOT, ".build", "debug", "convoca"))
STATE = tempfile.mkdtemp(prefix="convoca-e2e-state-")
ENV = {"CONVOCA_USER": "Laura Restrepo", "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
       "XDG_STATE_HOME": STATE, "XDG_CONFIG_HOME": STATE + "/config", "LANG": "C.UTF-8"}
CLI_ENV = dict(os.environ, **ENV, NO_COLOR="1")


def cli(path, *args):
    p = subprocess.run([BIN, *args, "--file", path], capture_output=True, text=True, env=CLI_ENV, timeout=60)
    assert p.returncode == 0, f"{args}: {p.stderr}"
    return p.stdout


def new_file(*titles):
    d = tempfile.mkdtemp(prefix="convoca-e2e-tui-")
    path = os.path.join(d, "data.jsonl")
    ids = [cli(path, "add", "--title", t, "--kind", "grant", "--deadline", "2026-12-20").strip() for t in titles]
    return path, ids


def tracker(path, width=110, height=30, name="tui"):
    s = Session([BIN, "--file", path], width=width, height=height, env=ENV, name=name)
    s.wait_for("Convoca")
    return s


def records(path):
    return json.loads(cli(path, "list", "--json"))


def test_filter_detail_add_move_undo_quit():
    path, _ = new_file("Premio Medellín a la Innovación", "URBACT Networks", "Chevening Scholarships")
    with tracker(path) as s:
        s.wait_for("URBACT Networks")
        s.send_keys("/")
        s.type("medellin")
        s.wait_until(lambda t: "URBACT" not in t.screen_text() and "Premio Medellín" in t.screen_text(),
                     what="the list to follow the filter")
        s.wait_for("1 of 3")
        s.send_keys("Enter")          # keep the filter
        s.send_keys("Enter")          # open the detail
        s.wait_for("deadline")
        assert "2026-12-20" in s.screen_text()
        s.send_keys("Escape")
        s.wait_for("Filter: medellin")
        s.send_keys("/")
        s.send_keys(*["BSpace"] * 8)
        s.send_keys("Enter")
        s.wait_for("3 of 3")
        s.send_keys("a")
        s.wait_for("New opportunity")
        s.type("Added in tmux")
        s.send_keys("C-s")
        s.wait_for("4 of 4")
        s.wait_for("Added in tmux")
        # The new one is selected: move it one stage forward, then undo.
        s.send_keys(">")
        s.wait_for("identified → preparing")
        s.send_keys("u")
        s.wait_for("undone")
        s.send_keys("q")
        s.wait_for_exit()
    recs = {r["title"]: r for r in records(path)}
    added = recs["Added in tmux"]
    assert added["stage"] == "identified" and added["history"] == [], added
    assert added["owner"] == "Laura Restrepo"
    assert len(recs) == 4
    subprocess.run([BIN, "check", "--file", path], check=True, capture_output=True, env=CLI_ENV)


def test_hostile_title_is_inert():
    evil = "Evil\x1b]2;pwned\x07 call\x1b[2J\x1b[H\u202eEXE.txt"
    path, _ = new_file(evil, "Neighbour row")
    with tracker(path) as s:
        before = s.pane_title()
        s.wait_for("Neighbour row")
        text = s.screen_text()
        assert "pwned" in text and "␛" in text, text
        assert s.pane_title() == before and "pwned" not in s.pane_title()
        assert s.screen()[0].lstrip().startswith("Convoca"), s.screen()[0]
        s.send_keys("Enter")
        s.wait_for("deadline")
        assert s.pane_title() == before
        s.send_keys("Escape", "q")
        s.wait_for_exit()


def test_changes_from_elsewhere_appear():
    path, _ = new_file("Already here")
    with tracker(path) as s:
        s.wait_for("Already here")
        cli(path, "add", "--title", "From another officer", "--kind", "award")
        s.wait_for("From another officer", timeout=3)
        s.send_keys("q")
        s.wait_for_exit()


def test_two_trackers_on_one_file():
    path, ids = new_file("Shared call")
    with tracker(path, name="officer-a") as a, tracker(path, name="officer-b") as b:
        a.wait_for("Shared call")
        b.wait_for("Shared call")
        a.send_keys(">")
        a.wait_for("identified → preparing")
        b.wait_until(lambda t: "preparing" in t.screen_text(), timeout=3, what="B to see A's move")
        b.send_keys("n")
        b.type("Note from B")
        b.send_keys("Enter")
        a.send_keys("Enter")
        a.wait_for("Note from B", timeout=3)
        a.send_keys("Escape", "q")
        b.send_keys("q")
        a.wait_for_exit()
        b.wait_for_exit()
    rec = records(path)[0]
    assert rec["stage"] == "preparing" and [n["text"] for n in rec["notes"]] == ["Note from B"]


def test_two_trackers_and_two_writers_at_once():
    """Four processes on one file: two trackers adding notes by keyboard while two command-line
    loops add records and notes to the same opportunity, with a compaction in between."""
    path, ids = new_file("Busy call")
    writers = [
        subprocess.Popen(
            ["bash", "-c", "; ".join(
                f'"$0" add --title "w{w}-{k}" --file "$1" >/dev/null && "$0" note {ids[0]} "w{w}-n{k}" --file "$1" >/dev/null 2>&1'
                + (' && "$0" compact --file "$1" >/dev/null' if k == 3 else "")
                for k in range(8)), BIN, path],
            env=CLI_ENV)
        for w in range(2)
    ]
    with tracker(path, name="busy-a") as a, tracker(path, name="busy-b") as b:
        for t, who in ((a, "A"), (b, "B")):
            t.wait_for("Busy call")
        for k in range(3):
            for t, who in ((a, "A"), (b, "B")):
                t.send_keys("g")  # the seed record sorts first (earliest deadline)
                t.send_keys("n")
                t.wait_for("Note")
                t.type(f"tracker {who} note {k}")
                t.send_keys("Enter")
                t.wait_for("note added")
        for p in writers:
            assert p.wait(timeout=120) == 0
        # Each tracker shows the others' additions.
        for t in (a, b):
            t.wait_for("w1-7", timeout=5)
        a.send_keys("q")
        b.send_keys("q")
        a.wait_for_exit()
        b.wait_for_exit()
    recs = records(path)
    titles = {r["title"] for r in recs}
    assert all(f"w{w}-{k}" in titles for w in range(2) for k in range(8))
    seed = next(r for r in recs if r["id"] == ids[0])
    notes = {n["text"] for n in seed["notes"]}
    assert all(f"w{w}-n{k}" in notes for w in range(2) for k in range(8)), notes
    assert all(f"tracker {who} note {k}" in notes for who in "AB" for k in range(3)), notes
    subprocess.run([BIN, "check", "--file", path], check=True, capture_output=True, env=CLI_ENV)


def test_form_conflict_shows_both_values_and_asks():
    path, ids = new_file("Original title")
    with tracker(path) as s:
        s.wait_for("Original title")
        s.send_keys("e")
        s.wait_for("Edit " + ids[0])
        s.send_keys("C-u")
        s.type("Mine")
        cli(path, "edit", ids[0], "--title", "Theirs")
        s.wait_for("changed by someone else")
        s.send_keys("C-s")
        s.wait_for("theirs: Theirs")
        assert "mine: Mine" in s.screen_text()
        s.send_keys("m")
        s.wait_for("Mine")
        s.send_keys("q")
        s.wait_for_exit()
    rec = records(path)[0]
    assert rec["title"] == "Mine"
    # The overwritten value stays in the history.
    assert any(h.get("field") == "title" and h["from"] == "Theirs" for h in rec["history"]), rec["history"]


def test_damaged_file_is_read_only():
    path, _ = new_file("Safe one", "Safe two")
    with open(path, "a") as f:
        f.write("<<<<<<< HEAD\n")
        f.write('{"at":"2026-11-01T10:00:00Z","by":"x","op":"note","id":"zzzz","text":"x"}\n')
    before = open(path, "rb").read()
    with tracker(path) as s:
        s.wait_until(lambda t: "read-only" in t.screen_text().lower(), what="the read-only banner")
        s.send_keys("a")
        s.wait_until(lambda t: "read-only" in t.screen()[-2].lower() or "read-only" in t.screen()[-1].lower(),
                     what="add to be refused with a reason")
        assert "New opportunity" not in s.screen_text()
        s.send_keys("q")
        s.wait_for_exit()
    assert open(path, "rb").read() == before


def test_empty_file_and_too_small():
    d = tempfile.mkdtemp(prefix="convoca-e2e-empty-")
    path = os.path.join(d, "new.jsonl")
    with tracker(path) as s:
        s.wait_for("Press a to add")
        s.resize(30, 8)
        s.wait_for("too small")
        s.resize(100, 30)
        s.wait_for("Press a to add")
        s.send_keys("q")
        s.wait_for_exit()


if __name__ == "__main__":
    runner.run(globals())
