#!/usr/bin/env python3
"""End-to-end tests of `convoca export --format json` and its import (issue 10, item 4).

Covers: the demo data exported, imported into an empty file and exported again gives the same
bytes (ids, notes, history, archived calls and the team's data included); a re-import changes
nothing; a record changed on both sides merges by id (the later value wins, the other is kept in
the history, the record is flagged is:conflict); --dry-run writes nothing; bad exports (not JSON,
the wrong shape, a newer version, a bad record) are refused with where and why, a non-zero exit
and the data file's bytes unchanged.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_json_interchange.py
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
           LANG="C.UTF-8", SWIFT_BACKTRACE="enable=no", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           CONVOCA_LANG="en")
ENV.pop("LC_ALL", None)


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, env=ENV, timeout=120)


def ok(*args):
    p = run(*args)
    assert p.returncode == 0, f"{args} failed ({p.returncode}): {p.stderr!r}"
    return p.stdout


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def demo_export(d):
    path = os.path.join(d, "demo.json")
    ok("--demo", "export", "--format", "json", "--output", path)
    return path


def test_demo_round_trips_exactly_and_a_reimport_changes_nothing():
    d = tempfile.mkdtemp(prefix="convoca-e2e-json-")
    exported = demo_export(d)
    doc = json.load(open(exported))
    assert doc["format"] == "convoca-export" and len(doc["records"]) >= 50
    assert any(r.get("notes") for r in doc["records"]) and any(r.get("history") for r in doc["records"])
    assert any("rate" in t for t in doc["team"]) and any("view" in t for t in doc["team"])
    data = os.path.join(d, "new.jsonl")
    out = ok("--file", data, "import", exported).decode()
    assert f"{len(doc['records'])} added" in out, out
    again = os.path.join(d, "again.json")
    ok("--file", data, "export", "--format", "json", "--output", again)
    assert open(again, "rb").read() == open(exported, "rb").read()
    before = digest(data)
    out = ok("--file", data, "import", exported).decode()
    assert f"0 added, 0 merged (0 with a conflict to review: is:conflict), {len(doc['records'])} unchanged" in out, out
    assert digest(data) == before
    # Archived calls are part of the whole data: exported without a query, imported back.
    rid = doc["records"][3]["id"]
    ok("--file", data, "archive", rid)
    with_archived = os.path.join(d, "archived.json")
    ok("--file", data, "export", "--format", "json", "--output", with_archived)
    assert any(r["id"] == rid and r.get("archived") for r in json.load(open(with_archived))["records"])
    third = os.path.join(d, "third.jsonl")
    ok("--file", third, "import", with_archived)
    back = os.path.join(d, "back.json")
    ok("--file", third, "export", "--format", "json", "--output", back)
    assert open(back, "rb").read() == open(with_archived, "rb").read()


def test_a_record_changed_on_both_sides_merges_by_id_and_is_flagged():
    d = tempfile.mkdtemp(prefix="convoca-e2e-json-")
    exported = demo_export(d)
    data = os.path.join(d, "team.jsonl")
    ok("--file", data, "import", exported)
    doc = json.load(open(exported))
    rec = doc["records"][0]
    rid = rec["id"]
    # Here: a new funder, and a note.
    ok("--file", data, "edit", rid, "--funder", "Local funder")
    ok("--file", data, "note", rid, "a note written here")
    # There (the export, later): a new funder too, another note.
    rec["funder"] = "Their funder"
    rec["updated"] = "2030-01-01T00:00:00Z"
    rec.setdefault("notes", []).append({"at": "2029-12-31T10:00:00Z", "by": "Carlos", "text": "their note"})
    theirs = os.path.join(d, "theirs.json")
    json.dump(doc, open(theirs, "w"), ensure_ascii=False)
    before = digest(data)
    dry = ok("--file", data, "import", theirs, "--dry-run").decode()
    assert "would add 0, merge 1 (1 with a conflict to review)" in dry, dry
    assert digest(data) == before
    p = run("--file", data, "import", theirs)
    assert p.returncode == 0, p.stderr
    assert b"conflict" in p.stderr
    shown = json.loads(ok("--file", data, "show", rid, "--json"))
    assert shown["funder"] == "Their funder"
    texts = [n["text"] for n in shown["notes"]]
    assert "a note written here" in texts and "their note" in texts
    kept = [h for h in shown["history"] if h.get("field") == "funder" and h.get("note") == "conflict"]
    assert kept and kept[0]["from"] == "Local funder", shown["history"]
    listed = ok("--file", data, "list", "is:conflict", "--json")
    assert [r["id"] for r in json.loads(listed)] == [rid]


def test_bad_exports_are_refused_and_nothing_changes():
    d = tempfile.mkdtemp(prefix="convoca-e2e-json-")
    data = os.path.join(d, "data.jsonl")
    ok("--file", data, "add", "--title", "Existing call")
    before = digest(data)
    cases = {
        "syntax.json": ('{"format":"convoca-export","version":2,"records":[\n{"id":', "line 2"),
        "shape.json": ('{"format":"convoca-export","version":2,"records":{}}', "\"records\" array"),
        "newer.json": ('{"format":"convoca-export","version":99,"records":[]}', "version 99"),
        "record.json": ('{"format":"convoca-export","version":2,"records":[{"id":"zz","title":""}]}',
                        "record 1 (id zz)"),
    }
    for name, (text, says) in cases.items():
        path = os.path.join(d, name)
        open(path, "w").write(text)
        p = run("--file", data, "import", path)
        assert p.returncode != 0, name
        assert says in p.stderr.decode(), (name, p.stderr)
        assert digest(data) == before, name
    p = run("--file", data, "export", "--format", "json", "--columns", "title")
    assert p.returncode != 0 and b"--columns" in p.stderr


if __name__ == "__main__":
    runner.run(globals())
