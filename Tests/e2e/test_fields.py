#!/usr/bin/env python3
"""End-to-end tests of the field catalogue through the real binary.

`convoca fields --json` lists every field; for each editable one, the test sets a value with
its `add` flag, then checks it in `show --json`, finds the record by a query on the field (by
its English and its Spanish name), with `has:`/`no:`, shows it as a `--columns` column, and
sorts by it. A field added to the catalogue without its flag, column or query fails here.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_fields.py
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from test_columns import Fixture  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("CONVOCA_BIN") or os.path.join(ROOT, ".build", "debug", "convoca")
ENV = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
ENV.update(CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1", LANG="C.UTF-8",
           SWIFT_BACKTRACE="enable=no", XDG_CONFIG_HOME="/nonexistent-convoca-config")

# What a person types for a field, by type, and a query term that finds it.
SAMPLES = {
    "enum": {"kind": ("award", "kind:award"), "area": ("innovation", "area:inn")},
    "date": ("2027-03-15", "{q}:2027-03-15"),
    "money": ("250000 EUR", "{q}>=250000"),
    "percent": ("40", None),
    "tags": ("educación, mobility", "{q}:educ"),
    "url": ("https://example.org/call", "{q}:example"),
    "people": ("Ana Gómez", "{q}:gomez"),
    "text": ("Secretaría de Educación", "{q}:educacion"),
}


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, env=ENV, timeout=60)


def sample(f):
    s = SAMPLES[f["type"]]
    if isinstance(s, dict):
        return s[f["name"]]
    text, q = s
    return text, (q.format(q=f["query"]) if q and f["query"] else None)


class Data(Fixture):
    """A fresh data file, with the column tests' helpers."""

    def ids(self, *query):
        return sorted(r["id"] for r in json.loads(self.ok("list", *query, "--format", "json", "--columns", "id")))


def catalogue():
    p = run("fields", "--json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_fields_lists_the_catalogue_in_both_languages():
    fields = catalogue()
    names = [f["name"] for f in fields]
    for n in ["id", "title", "kind", "stage", "deadline", "amount", "owner", "beneficiary", "tags", "notes",
              "history", "created", "updated", "source"]:
        assert n in names, n
    by = {f["name"]: f for f in fields}
    assert by["deadline"]["spanish"] == "cierre" and by["deadline"]["query"] == "due"
    assert by["title"]["required"] and not by["stage"]["editable"]
    table = run("fields").stdout.decode()
    assert "beneficiary" in table and "beneficiario" in table and "--beneficiary" in table


def test_every_editable_field_round_trips_through_its_flag_show_query_column_and_sort():
    fields = [f for f in catalogue() if f["editable"] and f["name"] != "title"]
    d = Data()
    other = d.ok("add", "--title", "Other call", "--owner", "").strip()   # owner defaults to the user
    for f in fields:
        name = f["name"]
        text, query = sample(f)
        flag = "--tag" if name == "tags" else "--" + name
        rid = d.ok("add", "--title", "Call with " + name, flag, text).strip()
        shown = json.loads(d.ok("show", rid, "--json"))
        assert shown[name] not in (None, "", []), f"{name}: show --json has {shown[name]!r}"
        if query:
            assert rid in d.ids(query), f"{name}: {query} does not find it"
            spanish = query.replace(f["query"], f["spanish"].replace(" ", ""), 1)
            assert rid in d.ids(spanish), f"{name}: {spanish} does not find it"
            assert other not in d.ids(query), f"{name}: {query} finds the other call"
        if f["canBeEmpty"]:
            q = f["query"] or name
            assert rid in d.ids("has:" + q), f"has:{q}"
            assert other in d.ids("no:" + q) and rid not in d.ids("no:" + q), f"no:{q}"
        if f["column"]:
            rows = json.loads(d.ok("list", "id:" + rid, "--format", "json", "--columns", "id," + name))
            assert list(rows[0].keys()) == ["id", name] and rows[0][name] not in (None, ""), rows
            csv = d.ok("list", "id:" + rid, "--format", "csv", "--columns", name).splitlines()
            assert csv[0] == name and csv[1].strip('"') != "", (name, csv)
        if f["sortable"] and f["canBeEmpty"]:   # a value sorts before none
            both = [r["id"] for r in json.loads(d.ok(
                "list", "id:" + rid, "OR", "id:" + other, "--sort", name, "--format", "json", "--columns", "id"))]
            assert both == [rid, other], f"--sort {name}: {both}"


def test_unknown_fields_are_refused_everywhere_and_nothing_changes():
    d = Data()
    d.ok("add", "--title", "A call")
    with open(d.path, "rb") as fh:
        before = hashlib.sha256(fh.read()).hexdigest()
    p = d.cli("list", "--columns", "id,benefciary")
    assert p.returncode != 0 and b"benefciary" in p.stderr, p.stderr
    p = d.cli("list", "benefciary:x")
    assert p.returncode != 0 and b"beneficiary" in p.stderr, p.stderr   # suggests the right name
    p = d.cli("list", "--sort", "colour")
    assert p.returncode != 0 and b"colour" in p.stderr, p.stderr
    p = d.cli("add", "--title", "X", "--colour", "red")
    assert p.returncode != 0, p.stderr
    with open(d.path, "rb") as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == before


if __name__ == "__main__":
    runner.run(globals())
