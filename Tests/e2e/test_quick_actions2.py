#!/usr/bin/env python3
"""End-to-end tests of the second set of quick actions, driving the real binary.

1. `convoca note ID --edit N TEXT` / `--delete N`: the author changes or deletes a note, the
   history keeps it; someone else's note, a bad N, both flags, or text with --delete are
   refused with a clear message, a non-zero exit and the file unchanged byte for byte.
2. In tmux: `o` without a display shows the call's URL; a hostile URL is refused; `?` help
   narrows as one types; `N` in the detail edits a note with the old text filled in.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402

BIN, ENV, CLI_ENV, cli = tt.BIN, tt.ENV, tt.CLI_ENV, tt.cli
NO_DISPLAY = dict(ENV, DISPLAY="", WAYLAND_DISPLAY="")


def run(path, *args, user=None):
    env = dict(CLI_ENV, **({"CONVOCA_USER": user} if user else {}))
    return subprocess.run([BIN, *args, "--file", path], capture_output=True, text=True, env=env, timeout=60)


def new_file(title="Horizon Europe call", url=None):
    d = tempfile.mkdtemp(prefix="convoca-e2e-quick2-")
    path = os.path.join(d, "data.jsonl")
    extra = ["--url", url] if url else []
    rid = cli(path, "add", "--title", title, "--kind", "grant", "--deadline", "2026-12-20", *extra).strip()
    return path, rid


def read(path):
    with open(path, "rb") as f:
        return f.read()


def test_cli_note_edit_and_delete_by_the_author():
    path, rid = new_file()
    cli(path, "note", rid, "Called the NCP")
    assert run(path, "note", rid, "Budget sent", user="Ana Gómez").returncode == 0
    cli(path, "note", rid, "Third")
    shown = cli(path, "show", rid)
    assert "  1. 2026-" in shown and "  2. 2026-" in shown and "  3. 2026-" in shown, shown
    out = cli(path, "note", rid, "--edit", "1", "Called", "the", "NCP", "twice")
    record = json.loads(cli(path, "show", rid, "--json"))
    assert [n["text"] for n in record["notes"]] == ["Called the NCP twice", "Budget sent", "Third"], record
    last = record["history"][-1]
    assert {"field": "note", "from": "Called the NCP", "to": "Called the NCP twice"}.items() <= last.items(), last
    cli(path, "note", rid, "--delete", "3")
    record = json.loads(cli(path, "show", rid, "--json"))
    assert [n["text"] for n in record["notes"]] == ["Called the NCP twice", "Budget sent"], record
    assert {"field": "note", "from": "Third", "to": ""}.items() <= record["history"][-1].items()


def test_cli_note_edit_bad_input_changes_nothing():
    path, rid = new_file()
    cli(path, "note", rid, "Mine")
    assert run(path, "note", rid, "Hers", user="Ana Gómez").returncode == 0
    before = read(path)
    cases = [
        (["note", rid, "--edit", "2", "taken over"], "written by Ana Gómez"),
        (["note", rid, "--delete", "2"], "only its author"),
        (["note", rid, "--delete", "7"], "numbered 1 to 2"),
        (["note", rid, "--edit", "0", "x"], "no note 0"),
        (["note", rid, "--edit", "1", "Mine"], "already says that"),
        (["note", rid, "--edit", "1"], "empty"),
        (["note", rid, "--edit", "1", "--delete", "1"], "not both"),
        (["note", rid, "--delete", "1", "text"], "no text"),
        (["note", rid, "--edit", "one", "x"], "one"),
        (["note", "zzzzzzzz", "--delete", "1"], "zzzzzzzz"),
    ]
    for args, says in cases:
        p = run(path, *args)
        assert p.returncode != 0, (args, p.stdout)
        assert says in p.stderr, (args, p.stderr)
        assert read(path) == before, args


def tracker(path, width=110, height=30, env=NO_DISPLAY):
    s = Session([BIN, "--file", path], width=width, height=height, env=env, name="quick2")
    s.wait_for("Convoca")
    return s


def test_o_without_a_display_shows_the_url_and_refuses_a_hostile_one():
    path, _ = new_file(url="https://ec.europa.eu/info/funding?call=42")
    with tracker(path) as s:
        s.wait_for("Horizon Europe call")
        s.send_keys("o")
        s.wait_for("https://ec.europa.eu/info/funding?call=42")
        s.wait_for("No display")
        s.send_keys("Enter")
        s.send_keys("o")
        s.wait_for("No display")
        s.send_keys("q")
        s.send_keys("q")
        s.wait_for_exit()
    path, _ = new_file(title="Sneaky call", url="javascript:alert(1)")
    with tracker(path) as s:
        s.wait_for("Sneaky call")
        s.send_keys("o")
        s.wait_for("only http, https and mailto")
        s.send_keys("q")
        s.wait_for_exit()


def test_help_search_narrows_the_list():
    path, _ = new_file()
    with tracker(path, height=40) as s:
        s.wait_for("Horizon Europe call")
        s.send_keys("?")
        s.wait_for("Keys — List")
        s.wait_for("previous row")
        s.type("url")
        s.wait_for("search: url")
        s.wait_for("open the call's URL")
        s.wait_for_absent("previous row")
        s.send_keys("Escape")
        s.wait_for("previous row")
        s.send_keys("Escape")
        s.wait_for_absent("Keys — List")
        s.send_keys("q")
        s.wait_for_exit()


def test_note_edit_in_the_detail():
    path, rid = new_file()
    cli(path, "note", rid, "Called the NCP")
    with tracker(path) as s:
        s.wait_for("Horizon Europe call")
        s.send_keys("Enter")
        s.wait_for("1. 2026-")
        s.send_keys("N")
        s.wait_for("Edit which note?")
        s.send_keys("Enter")
        s.wait_for("Note 1: Called the NCP")
        s.type(" twice")
        s.send_keys("Enter")
        s.wait_for("Note 1 on 'Horizon Europe call' changed")
        s.wait_for("Called the NCP twice")
        s.send_keys("q")
        s.send_keys("q")
        s.wait_for_exit()
    record = json.loads(cli(path, "show", rid, "--json"))
    assert [n["text"] for n in record["notes"]] == ["Called the NCP twice"], record
    assert record["history"][-1]["field"] == "note", record


if __name__ == "__main__":
    runner.run(globals())
