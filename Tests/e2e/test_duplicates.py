#!/usr/bin/env python3
"""End-to-end tests of duplicates (issue 8 item 3) against the real binary.

1. `convoca add` refuses a likely duplicate (same normalised title and funder, or the same
   URL): the message names the existing id and title, exit non-zero, the file unchanged;
   `--allow-duplicate` adds it anyway.
2. `convoca duplicates` lists likely pairs with the score and why, most likely first, and
   `--json`; "no likely duplicates" (exit 0) when none.
4. In the tracker (tmux): adding a duplicate through the form shows the warning naming the
   existing call; Esc goes back to the form, `s` saves anyway; `M` with two calls marked asks
   which to keep and merges; `u` undoes the merge.
3. `convoca merge KEEP OTHER` moves notes and history, fills empty fields (named in the
   output), removes OTHER in one journal line; bad merges (unknown, ambiguous, the same id
   twice) leave the file byte-for-byte unchanged.

Run: CONVOCA_BIN=.build/debug/convoca python3 Tests/e2e/test_duplicates.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from test_cli import Fixture, digest  # noqa: E402


def test_add_refuses_a_likely_duplicate_unless_allowed():
    f = Fixture()
    a = f.add("Mayors Challenge 2027", "--funder", "Bloomberg Philanthropies", "--url",
              "https://www.bloomberg.org/mc/")
    before = digest(f.path)
    p = f.cli("add", "--title", "the mayors' challenge — 2027!", "--funder", "BLOOMBERG philanthropies")
    assert p.returncode != 0, p.stdout
    assert a in p.stderr and "Mayors Challenge 2027" in p.stderr and "--allow-duplicate" in p.stderr, p.stderr
    assert digest(f.path) == before
    p = f.cli("add", "--title", "Something else", "--url", "http://bloomberg.org/mc#apply")
    assert p.returncode != 0 and a in p.stderr, p.stderr
    assert digest(f.path) == before
    # Another funder is another call.
    f.add("Mayors Challenge 2027", "--funder", "IDB")
    b = f.add("Mayors Challenge 2027", "--funder", "Bloomberg Philanthropies", "--allow-duplicate")
    assert b != a and len(f.records()) == 3


def test_duplicates_lists_pairs_with_reasons_and_json():
    f = Fixture()
    f.cli("duplicates", check=True)
    a = f.add("Mayors Challenge 2027", "--funder", "Bloomberg", "--deadline", "2027-03-01")
    p = f.cli("duplicates", check=True)
    assert "no likely duplicates" in p.stderr and p.stdout == ""
    b = f.add("Mayor Challenge 2027", "--funder", "Bloomberg", "--deadline", "2027-03-04")
    c = f.add("Urban Lab", "--url", "https://unhabitat.org/lab")
    d = f.add("Laboratorio urbano", "--url", "unhabitat.org/lab/", "--allow-duplicate")
    f.add("Peace Prize", "--funder", "UCLG")
    out = f.cli("duplicates", check=True).stdout.splitlines()
    assert out[0].startswith("100%  same URL"), out
    assert {out[1].split()[0], out[2].split()[0]} == {c, d}
    assert "same funder, titles 92% alike, deadlines 3 days apart" in out[3], out
    assert {out[4].split()[0], out[5].split()[0]} == {a, b}
    assert len(out) == 6
    rows = [json.loads(line) for line in f.cli("duplicates", "--json", check=True).stdout.splitlines()]
    assert rows[0]["sameURL"] is True and rows[0]["score"] == 100
    assert rows[1]["deadlineDays"] == 3 and rows[1]["titleSimilarity"] == 92 and rows[1]["sameFunder"] is True
    # A query keeps the pairs where either call matches.
    only = f.cli("duplicates", "funder:bloomberg", "--json", check=True).stdout.splitlines()
    assert [json.loads(x)["first"] in (a, b) for x in only] == [True]


def test_merge_moves_notes_and_history_fills_fields_and_removes_other():
    f = Fixture()
    keep = f.add("Mayors Challenge 2027", "--funder", "Bloomberg")
    other = f.add("Mayor Challenge 2027", "--funder", "Bloomberg", "--url", "https://bloomberg.org/mc",
                  "--deadline", "2027-03-01")
    f.cli("note", keep, "first note", check=True)
    f.cli("move", other, "preparing", "--note", "started", check=True)
    f.cli("note", other, "second note", check=True)
    lines = len(open(f.path).read().splitlines())
    p = f.cli("merge", keep[:5], other, check=True)
    assert f"{other} merged into {keep}" in p.stderr and "filled from it:" in p.stderr, p.stderr
    assert "URL" in p.stderr or "url" in p.stderr.lower()
    assert len(open(f.path).read().splitlines()) == lines + 1  # one journal line
    rec = json.loads(f.cli("show", keep, "--json", check=True).stdout)
    assert [n["text"] for n in rec["notes"]] == ["first note", "second note"]
    assert [h.get("note") for h in rec["history"] if "field" not in h] == ["started"]
    assert rec["url"] == "https://bloomberg.org/mc" and rec["deadline"] == "2027-03-01"
    assert [r["id"] for r in f.records()] == [keep]
    last = json.loads(open(f.path).read().splitlines()[-1])
    assert last["op"] == "batch" and last["ops"][-1]["op"] == "merge"
    assert last["ops"][-1]["other"]["id"] == other  # OTHER is kept in the journal


def test_bad_merges_leave_the_file_unchanged():
    f = Fixture()
    a = f.add("Mayors Challenge 2027", "--funder", "Bloomberg")
    f.add("Urban Lab")
    ids = [r["id"] for r in f.records()]
    before = digest(f.path)
    for args, words in [
        (("merge", a, a), "into itself"),
        (("merge", a[:5], a), "into itself"),
        (("merge", a, "zzzzzzzz"), "zzzzzzzz"),
        (("merge", "zzzzzzzz", a), "zzzzzzzz"),
        (("merge", a), ""),
    ]:
        p = f.cli(*args)
        assert p.returncode != 0, args
        assert words in p.stderr, (args, p.stderr)
        assert digest(f.path) == before, args
    # An ambiguous prefix: the empty prefix matches every record, so find a shared one.
    shared = os.path.commonprefix(ids)
    if shared:
        p = f.cli("merge", shared, a)
        assert p.returncode != 0 and digest(f.path) == before


def test_tracker_warns_on_a_duplicate_add_and_merges_two_marked():
    import test_tracker as tt
    path, ids = tt.new_file("Mayors Challenge 2027", "Urban Lab")
    with tt.tracker(path, name="dups") as s:
        s.wait_for("Urban Lab")
        s.send_keys("a")
        s.wait_for("New opportunity")
        s.type("the mayors' challenge 2027")
        s.send_keys("C-s")
        s.wait_for("Likely a duplicate")
        assert ids[0] + "  Mayors Challenge 2027" in s.screen_text(), s.screen_text()
        s.send_keys("Escape")
        s.wait_for_absent("Likely a duplicate")
        assert "New opportunity" in s.screen_text()
        s.send_keys("C-s")
        s.wait_for("Likely a duplicate")
        s.send_keys("s")
        s.wait_for("3 of 3")
        # Mark the two Mayors calls and merge them, keeping the older.
        s.send_keys("/")
        s.type("mayors")
        s.send_keys("Enter")
        s.wait_for("2 of 3")
        s.send_keys("g", " ", " ")
        s.send_keys("M")
        s.wait_for("which one to keep")
        s.send_keys("1")
        s.wait_for("merged")
        s.wait_for("1 of 2")
        s.send_keys("u")
        s.wait_for("2 of 3")
        s.send_keys("q")
        s.wait_for_exit()
    assert len(tt.records(path)) == 3


if __name__ == "__main__":
    runner.run(dict(globals()))
