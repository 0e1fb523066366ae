#!/usr/bin/env python3
"""End-to-end tests of issue 8 item 2: delete, restore, archive, through the real binary.

1. `convoca delete` with a bad id (unknown, ambiguous, one bad among good ones): a clear
   message, a non-zero exit, the file unchanged byte for byte.
2. `convoca delete ID ID` is one journal line; `check --deleted` lists the records with who
   and when; `restore` brings one back with its notes; a reused id is refused; compaction
   forgets the deleted ones.
3. `archive` hides a call from `list`; `is:archived` shows it; archiving twice is a no-op with
   a message; `unarchive` brings it back; `show` says it is archived.
4. The tracker: `D` asks naming the call, `y` deletes it, `u` brings it back; `X` hides it.

Run: CONVOCA_BIN=$(swift build --show-bin-path)/convoca python3 Tests/e2e/test_delete_archive.py
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_cli as c  # noqa: E402  (run, Fixture, digest)
import test_tracker as tt  # noqa: E402
from tmux_harness import Session  # noqa: E402

Fixture, digest = c.Fixture, c.digest


def two_calls():
    f = Fixture()
    a = f.add("Horizon Europe Cities", "--kind", "grant")
    b = f.add("URBACT Networks", "--kind", "network")
    f.cli("note", a, "called the NCP", check=True)
    return f, a, b


def test_bad_ids_change_nothing():
    f, a, b = two_calls()
    before = digest(f.path)
    p = f.cli("delete", "zzzzzzzz")
    assert p.returncode != 0 and "no opportunity has id 'zzzzzzzz'" in p.stderr, p.stderr
    p = f.cli("delete", a, "zzzzzzzz")  # one bad id: nothing deleted, not even the good one
    assert p.returncode != 0 and "zzzzzzzz" in p.stderr, p.stderr
    p = f.cli("delete", "")
    assert p.returncode != 0 and p.stderr.strip(), p.stderr
    p = f.cli("archive", b, "nope")
    assert p.returncode != 0 and "no opportunity has id 'nope'" in p.stderr, p.stderr
    p = f.cli("restore", a)  # not deleted
    assert p.returncode != 0 and "no record deleted since the last compaction has id" in p.stderr, p.stderr
    assert digest(f.path) == before
    # An ambiguous prefix: make two ids share a first character by adding until they do.
    ids = [a, b]
    while not any(x[0] == y[0] for i, x in enumerate(ids) for y in ids[:i]):
        ids.append(f.add("Filler %d" % len(ids)))
    prefix = next(x[0] for i, x in enumerate(ids) for y in ids[:i] if x[0] == y[0])
    before = digest(f.path)
    p = f.cli("delete", prefix)
    assert p.returncode != 0 and "is ambiguous" in p.stderr, p.stderr
    assert digest(f.path) == before


def test_delete_check_deleted_restore():
    f, a, b = two_calls()
    lines = open(f.path).read().count("\n")
    p = f.cli("delete", a[:5], b, check=True)
    assert "deleted 'Horizon Europe Cities'" in p.stderr, p.stderr
    assert open(f.path).read().count("\n") == lines + 1, "one journal line for the whole command"
    last = json.loads(open(f.path).read().splitlines()[-1])
    assert last["op"] == "batch" and [o["op"] for o in last["ops"]] == ["delete", "delete"]
    assert last["ops"][0]["record"]["notes"][0]["text"] == "called the NCP"
    assert f.records() == []
    listed = f.cli("check", "--deleted", check=True).stdout
    assert a in listed and "Horizon Europe Cities" in listed and "Laura Restrepo" in listed, listed
    assert b in listed and "URBACT Networks" in listed
    f.cli("restore", a[:4], check=True)
    back = json.loads(f.cli("show", a, "--json", check=True).stdout)
    assert back["title"] == "Horizon Europe Cities" and back["notes"][0]["text"] == "called the NCP"
    assert a not in f.cli("check", "--deleted", check=True).stdout
    # The id taken again by another record: restore refuses and changes nothing.
    f.cli("delete", a, check=True)
    other = dict(back, title="Someone else's call", created="2026-11-28T10:00:00Z", notes=[])
    with open(f.path, "a") as fh:
        fh.write(json.dumps({"at": "2026-11-29T10:00:00Z", "by": "Ana", "op": "create", "record": {
            k: v for k, v in other.items() if v not in (None, [], False) and k != "probability"}}) + "\n")
    before = digest(f.path)
    p = f.cli("restore", a)
    assert p.returncode != 0 and "the id is in use again" in p.stderr, p.stderr
    assert digest(f.path) == before
    # Compaction forgets what was deleted.
    f.cli("compact", check=True)
    assert "no opportunity deleted" in f.cli("check", "--deleted", check=True).stderr
    p = f.cli("restore", b)
    assert p.returncode != 0 and "no record deleted since the last compaction" in p.stderr


def test_archive_hides_from_list_and_is_archived_shows_it():
    f, a, b = two_calls()
    f.cli("archive", a, check=True)
    assert [r["id"] for r in f.records()] == [b]
    assert [r["id"] for r in f.records("is:archived")] == [a]
    assert sorted(r["id"] for r in f.records("is:archived OR is:open")) == sorted([a, b])
    assert "Horizon" not in f.cli("list", check=True).stdout
    # Where did it go? The empty answer says archived calls match.
    p = f.cli("list", "horizon", check=True)
    assert "1 archived" in p.stderr and "is:archived" in p.stderr, p.stderr
    assert "ARCHIVED" in f.cli("show", a, check=True).stdout
    assert json.loads(f.cli("show", a, "--json", check=True).stdout)["archived"] is True
    before = digest(f.path)
    p = f.cli("archive", a, check=True)  # already archived: a message, not an error
    assert "already archived" in p.stderr and digest(f.path) == before
    f.cli("unarchive", a, check=True)
    assert sorted(r["id"] for r in f.records()) == sorted([a, b])
    assert '"archived":true' not in open(f.path).read().splitlines()[-1]
    f.cli("compact", check=True)
    assert f.cli("check", check=True).returncode == 0


def tracker(path):
    s = Session([tt.BIN, "--file", path], width=110, height=30, env=tt.ENV, name="delete")
    s.wait_for("Convoca")
    return s


def test_tracker_delete_confirm_undo_and_archive():
    f, a, b = two_calls()
    titles = {"Horizon Europe Cities": a, "URBACT Networks": b}

    def rows(t):
        return "\n".join(t.screen()[1:-3])

    with tracker(f.path) as s:
        s.wait_for("Horizon Europe Cities")
        s.send_keys("D")
        s.wait_for("? y/n")
        m = re.search(r"Delete '(.+?)'\? y/n", s.screen_text())
        assert m and m.group(1) in titles, s.screen_text()
        title = m.group(1)
        s.send_keys("n")
        s.wait_for_absent("? y/n")
        assert title in rows(s)
        s.send_keys("D")
        s.wait_for(f"Delete '{title}'? y/n")
        s.send_keys("y")
        s.wait_for(f"Deleted '{title}'")
        s.wait_until(lambda t: title not in rows(t), what="the row to go")
        assert [r["id"] for r in f.records()] == [v for k, v in titles.items() if k != title]
        assert titles[title] in f.cli("check", "--deleted", check=True).stdout
        s.send_keys("u")
        s.wait_until(lambda t: title in rows(t), what="u to bring it back")
        assert sorted(r["id"] for r in f.records()) == sorted([a, b])
        # X archives the selected call: hidden from the list, and in the file.
        s.send_keys("X")
        s.wait_for("Archived '")
        s.wait_until(lambda t: sum(n in rows(t) for n in titles) == 1, what="the archived row to go")
        assert len(f.records()) == 1 and len(f.records("is:archived")) == 1
        s.send_keys("q")
        s.wait_for_exit()


if __name__ == "__main__":
    runner.run(globals())
