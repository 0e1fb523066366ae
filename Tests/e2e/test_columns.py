#!/usr/bin/env python3
"""End-to-end tests of `convoca list --columns / --format / --width` against the real binary.

Covers: chosen columns in order; each format (table, csv, tsv, json, jsonl, --json as an alias);
unknown columns and formats refused with a clear message and a non-zero exit, the file unchanged;
a table piped to another program is not cut (full values) unless --width is given; a hostile
title (ESC, OSC, C1, bidi, tab, line separator) never reaches the output raw in any format.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_columns.py
"""
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
ENV = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
ENV.update(CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1", LANG="C.UTF-8",
           SWIFT_BACKTRACE="enable=no", XDG_CONFIG_HOME="/nonexistent-convoca-config")

LONG = "Horizon Europe cluster 5 call on climate, energy and mobility for very long titles indeed"
HOSTILE = "Evil\x1b[2J\x1b]52;c;cHduZWQ=\x07 \u009b31m \u202egnp.exe\ttab\u2028line"
RAW_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def run(*args, env=None):
    return subprocess.run([BIN, *args], capture_output=True, env=env or ENV, timeout=60)


class Fixture:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="convoca-e2e-cols-")
        self.path = os.path.join(self.dir, "data.jsonl")

    def cli(self, *args):
        return run(*args, "--file", self.path)

    def ok(self, *args):
        p = self.cli(*args)
        assert p.returncode == 0, f"{args} failed ({p.returncode}): {p.stderr!r}"
        return p.stdout.decode()

    def add(self, title, *extra):
        return self.ok("add", "--title", title, *extra).strip()

    def digest(self):
        with open(self.path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()


def sample():
    f = Fixture()
    a = f.add(LONG, "--kind", "grant", "--owner", "Ana Gómez", "--funder", "EU, DG RTD", "--deadline",
              "2027-02-15", "--amount", "1250000 EUR")
    b = f.add('Becas "Fulbright"', "--kind", "scholarship", "--owner", "Laura")
    return f, a, b


def test_columns_choose_and_order():
    f, a, b = sample()
    out = f.ok("list", "--columns", "owner,id,title", "--sort", "title")
    lines = out.splitlines()
    assert re.match(r"OWNER\s+ID\s+TITLE", lines[0]), lines[0]
    assert "AMOUNT" not in lines[0] and "KIND" not in lines[0]
    assert lines[1].startswith("Laura") and b in lines[1], lines


def test_unknown_column_refused():
    f, _, _ = sample()
    before = f.digest()
    p = f.cli("list", "--columns", "id,titel")
    err = p.stderr.decode()
    assert p.returncode != 0 and p.stdout == b""
    assert "titel" in err and "id, title, kind, stage, funder, program, country, area, deadline" in err and "did you mean 'title'" in err, err
    p = f.cli("list", "--format", "xml")
    assert p.returncode != 0 and "xml" in p.stderr.decode() and "jsonl" in p.stderr.decode()
    p = f.cli("list", "--json", "--format", "csv")
    assert p.returncode != 0 and "--json" in p.stderr.decode()
    p = f.cli("list", "--width", "0")
    assert p.returncode != 0 and "--width" in p.stderr.decode()
    assert f.digest() == before


def test_csv_rfc4180():
    f, a, b = sample()
    out = f.cli("list", "--format", "csv", "--columns", "id,title,funder,amount,deadline").stdout
    assert out.endswith(b"\r\n") and out.count(b"\r\n") == 3, out
    rows = list(csv.reader(io.StringIO(out.decode(), newline="")))
    assert rows[0] == ["id", "title", "funder", "amount", "deadline"]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id[a] == [a, LONG, "EU, DG RTD", "1250000 EUR", "2027-02-15"]
    assert by_id[b][1] == 'Becas "Fulbright"'


def test_tsv():
    f, a, b = sample()
    out = f.ok("list", "--format", "tsv", "--columns", "id,owner,title")
    lines = out.splitlines()
    assert lines[0] == "id\towner\ttitle"
    assert f"{a}\tAna Gómez\t{LONG}" in lines


def test_json_and_jsonl():
    f, a, b = sample()
    alias = json.loads(f.ok("list", "--json"))
    assert json.loads(f.ok("list", "--format", "json")) == alias
    assert {r["id"] for r in alias} == {a, b}
    lines = f.ok("list", "--format", "jsonl").splitlines()
    assert [json.loads(l) for l in lines] == alias
    picked = [json.loads(l) for l in f.ok("list", "--format", "jsonl", "--columns", "id,owner,area").splitlines()]
    assert all(list(r) == ["id", "owner", "area"] for r in picked)
    assert {r["id"]: r["area"] for r in picked} == {a: None, b: None}
    # A query word starting with '-' still reaches the query next to the new options.
    only = f.ok("list", "-kind:scholarship", "--format", "jsonl", "--columns", "id")
    assert [json.loads(l)["id"] for l in only.splitlines()] == [a]


def test_piped_table_not_cut_unless_width():
    f, a, _ = sample()
    out = f.ok("list")
    assert LONG in out and "…" not in out, out
    assert max(len(l) for l in out.splitlines()) > 80
    narrow = f.ok("list", "--width", "60")
    assert LONG not in narrow and all(len(l) <= 60 for l in narrow.splitlines()), narrow
    # COLUMNS is for terminals; a pipe still gets full values.
    assert LONG in run("list", "--file", f.path, env=dict(ENV, COLUMNS="80")).stdout.decode()


def test_hostile_title_never_raw():
    f = Fixture()
    i = f.add(HOSTILE, "--owner", "\u202eevil\x1b[31m")
    for fmt in ["table", "csv", "tsv", "json", "jsonl"]:
        out = f.cli("list", "--format", fmt).stdout
        text = out.decode()
        assert b"\x1b" not in out and not RAW_BAD.search(text), f"{fmt}: {out!r}"
        assert i in text
    tsv = f.ok("list", "--format", "tsv", "--columns", "id,title").splitlines()
    assert len(tsv) == 2 and "\\t" in tsv[1] and tsv[1].count("\t") == 1, tsv
    rows = list(csv.reader(io.StringIO(f.ok("list", "--format", "csv", "--columns", "id,title"), newline="")))
    assert len(rows) == 2 and "␛[2J" in rows[1][1], rows
    # JSON keeps the exact text, escaped: it reads back to what was stored.
    assert json.loads(f.ok("list", "--format", "jsonl").splitlines()[0])["title"] == HOSTILE


def test_tracker_column_chooser_is_remembered():
    """In the tracker, `c` hides a column and moves another; the choice survives a restart."""
    import shutil
    from tmux_harness import Session  # noqa: E402
    if not shutil.which("tmux"):
        return
    f, a, _ = sample()
    state = tempfile.mkdtemp(prefix="convoca-e2e-cols-state-")
    env = {"CONVOCA_USER": "Laura Restrepo", "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
           "XDG_STATE_HOME": state, "XDG_CONFIG_HOME": state + "/config", "LANG": "C.UTF-8"}
    with Session([BIN, "--file", f.path], width=120, height=30, env=env, name="cols") as s:
        s.wait_for("Convoca")
        s.wait_for("KIND")
        s.send_keys("c")
        s.wait_for("[x] owner")
        s.send_keys("Down", "Down", "Space")       # hide kind
        s.wait_for("[ ] kind")
        s.send_keys(*["Down"] * 6, *["K"] * 8)     # owner to the top
        s.send_keys("Enter")
        s.wait_for("columns kept")
        header = next(l for l in s.screen_text().splitlines() if "TITLE" in l)
        assert header.split()[0] == "OWNER" and "KIND" not in header, header
        s.send_keys("q")
        s.wait_for_exit()
    with open(os.path.join(state, "convoca", "ui.json")) as u:
        assert "owner,id,title,funder,area,stage,deadline,amount" in u.read()
    with Session([BIN, "--file", f.path], width=120, height=30, env=env, name="cols2") as s:
        s.wait_for("OWNER")
        header = next(l for l in s.screen_text().splitlines() if "TITLE" in l)
        assert header.split()[0] == "OWNER" and "KIND" not in header, header
        s.send_keys("q")
        s.wait_for_exit()


if __name__ == "__main__":
    runner.run(globals())
