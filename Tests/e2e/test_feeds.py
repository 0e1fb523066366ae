#!/usr/bin/env python3
"""End-to-end tests of `convoca import` with public funding feeds, through the real binary:
the grants.gov XML extract and the EU Funding & Tenders grantsTenders.json (fixtures in
Tests/e2e/fixtures), format detection, --format/--since/--only, re-import, unsafe and broken
files (store byte-identical, non-zero exit, a clear message), and the progress bar (on a
terminal only).

Run: python3 Tests/e2e/test_feeds.py [path/to/convoca]   (default .build/debug/convoca)
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIX = os.path.join(HERE, "fixtures")
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
           SWIFT_BACKTRACE="enable=no", COLUMNS="160", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           CONVOCA_LANG="en", LANG="C")
GRANTS = os.path.join(FIX, "grants_gov.xml")
EU = os.path.join(FIX, "eu_ft.json")


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=ENV, timeout=120)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Data:
    """A data file holding one call already, so a refused import must leave real bytes alone."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="convoca-feeds-")
        self.path = os.path.join(self.dir, "data.jsonl")
        p = self.cli("add", "--title", "Already here")
        assert p.returncode == 0, p.stderr

    def cli(self, *args):
        return run(*args, "--file", self.path)

    def records(self):
        p = self.cli("list", "--json", "is:open OR is:closed")
        assert p.returncode == 0, p.stderr
        return json.loads(p.stdout)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path


def test_grants_gov_extract_imports_and_reimports():
    d = Data()
    p = d.cli("import", GRANTS)
    assert p.returncode == 0, p.stderr
    assert "3 added" in p.stdout, p.stdout
    recs = {r["source"]["id"]: r for r in d.records() if r.get("source")}
    a = recs["350001"]
    assert a["source"]["system"] == "grants.gov" and a["stage"] == "identified", a
    assert a["title"] == "Smart City Resilience & Inclusion Program", a
    assert a["deadline"] == "2027-03-15" and a["amount"] == {"value": 250000, "currency": "USD"}, a
    assert "Medellín" in a["description"] and "&" not in a["description"].replace("& pilots", ""), a
    assert recs["350002"]["amount"] is None, recs["350002"]
    # The team moves one on and notes it; the same extract again changes nothing.
    assert d.cli("move", a["id"], "preparing").returncode == 0
    assert d.cli("note", a["id"], "call them").returncode == 0
    p = d.cli("import", GRANTS)
    assert p.returncode == 0 and "0 added, 0 updated, 3 unchanged" in p.stdout, p.stdout
    # A later extract moves a deadline: updated, stage and notes kept, nothing duplicated.
    later = open(GRANTS, encoding="utf-8").read().replace("03152027", "04152027")
    p = d.cli("import", d.write("GrantsDBExtract20261201v2.xml", later))
    assert p.returncode == 0 and "0 added, 1 updated, 2 unchanged" in p.stdout, p.stdout
    recs = {r["source"]["id"]: r for r in d.records() if r.get("source")}
    assert len(recs) == 3
    a = recs["350001"]
    assert a["deadline"] == "2027-04-15" and a["stage"] == "preparing", a
    assert [n["text"] for n in a["notes"]] == ["call them"], a


def test_eu_json_imports_with_filters():
    d = Data()
    p = d.cli("import", EU, "--dry-run", "--since", "2025-11-10")
    assert p.returncode == 0, p.stderr
    assert "would add 1," in p.stdout and "Capacity building" in p.stdout, p.stdout
    assert "2 calls left out" in p.stderr, p.stderr
    p = d.cli("import", EU, "--only", "is:open -is:overdue medellin,ciudad,cities")
    assert p.returncode == 0 and "1 added" in p.stdout, (p.stdout, p.stderr)
    p = d.cli("import", EU)
    assert p.returncode == 0 and "2 added, 0 updated, 1 unchanged" in p.stdout, p.stdout
    recs = {r["source"]["id"]: r for r in d.records() if r.get("source")}
    h = recs["HORIZON-CL5-2027-D4-01"]
    assert h["source"]["system"] == "eu-ft" and h["program"] == "HORIZON", h
    assert h["deadline"] == "2027-01-15", h  # the next of three deadlines
    life = recs["LIFE-2025-CLIMA"]
    assert life["deadline"] == "2025-02-19", life  # closed: imported, its deadline past
    overdue = d.cli("list", "is:overdue", "--json")
    assert [r["title"] for r in json.loads(overdue.stdout)] == [life["title"]], overdue.stdout


def test_format_detection_and_forcing():
    d = Data()
    # The content decides, not the name.
    p = d.cli("import", d.write("feed.txt", open(EU, encoding="utf-8").read()), "--dry-run")
    assert p.returncode == 0 and "would add 3" in p.stdout, (p.stdout, p.stderr)
    p = d.cli("import", GRANTS, "--format", "eu-ft", "--dry-run")
    assert p.returncode != 0 and "fundingData" in p.stderr, p.stderr
    p = d.cli("import", GRANTS, "--format", "rss")
    assert p.returncode != 0 and "--format 'rss'" in p.stderr, p.stderr
    csv = d.write("calls.csv", "title,funder\nA,B\n")
    p = d.cli("import", csv, "--since", "2026-01-01")
    assert p.returncode != 0 and "--since is for feeds" in p.stderr, p.stderr


BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
                  + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                            for i in range(1, 10))
                  + "]>\n<Grants><OpportunitySynopsisDetail_1_0><OpportunityID>1</OpportunityID>"
                  "<OpportunityTitle>&lol9;</OpportunityTitle></OpportunitySynopsisDetail_1_0></Grants>\n")


def test_bad_feeds_leave_the_store_byte_identical():
    d = Data()
    before = digest(d.path)
    grants = open(GRANTS, encoding="utf-8").read()
    eu = open(EU, encoding="utf-8").read()
    cases = [
        ("xxe.xml", '<?xml version="1.0"?>\n<!DOCTYPE Grants [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                    "<Grants><OpportunitySynopsisDetail_1_0><OpportunityID>1</OpportunityID>"
                    "<OpportunityTitle>&x;</OpportunityTitle></OpportunitySynopsisDetail_1_0></Grants>", "DOCTYPE"),
        ("lol.xml", BILLION_LAUGHS, "DOCTYPE"),
        ("deep.xml", "<Grants>" + "<a>" * 10000 + "</a>" * 10000 + "</Grants>", "nested deeper than 32"),
        ("cut.xml", grants[: grants.index("<OpportunityForecastDetail_1_0>")], "truncated"),
        ("cut2.xml", grants[:-40], "line "),
        ("root.xml", '<?xml version="1.0"?><Other/>', "<Other>"),
        ("shape.json", '{"fundingData": []}', "fundingData is not an object"),
        ("shape2.json", '{"fundingData": {"GrantTenderObj": {}}}', "GrantTenderObj is not an array"),
        ("none.json", '{"results": []}', "fundingData.GrantTenderObj"),
        ("cut.json", eu[:900], "after 1 records"),
        ("syntax.json", eu.replace('"title": "Capacity', '"title" "Capacity'), "record 2 (line 15)"),
        ("elements.json", '{"fundingData": {"GrantTenderObj": [\n{"identifier": "A", "title": "A"},\n42\n]}}',
         "record 2 is not an object"),
    ]
    for name, text, message in cases:
        p = d.cli("import", d.write(name, text))
        assert p.returncode != 0, name
        assert message in p.stderr, (name, p.stderr)
        assert "Traceback" not in p.stderr and "Fatal" not in p.stderr, (name, p.stderr)
        assert digest(d.path) == before, name


def big_extract(path, records):
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0"?>\n<Grants>\n')
        for n in range(records):
            f.write(f"<OpportunitySynopsisDetail_1_0><OpportunityID>{n}</OpportunityID>"
                    f"<OpportunityTitle>Call {n}</OpportunityTitle><CloseDate>03152027</CloseDate>"
                    f"<Description>{'text ' * 400}</Description></OpportunitySynopsisDetail_1_0>\n")
        f.write("</Grants>\n")


def test_progress_only_on_a_terminal():
    d = Data()
    path = os.path.join(d.dir, "big.xml")
    big_extract(path, 5000)  # about 10 MB: a few seconds to read in a debug build
    # stderr not a terminal: no progress bytes at all.
    p = subprocess.run([BIN, "import", path, "--dry-run", "--since", "2099-01-01", "--file", d.path],
                       capture_output=True, env=ENV, timeout=300)
    assert p.returncode == 0, p.stderr
    assert b"\r" not in p.stderr and b"records," not in p.stderr and b"\x1b" not in p.stderr, p.stderr
    # On a terminal: the bar, counts and rate, then cleared.
    import pty
    pid, fd = pty.fork()
    if pid == 0:
        # The bar appears after a second; this file reads faster than that in a release build.
        os.execve(BIN, [BIN, "import", path, "--dry-run", "--since", "2099-01-01", "--file", d.path],
                  dict(ENV, CONVOCA_PROGRESS_AFTER="0"))
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0, out
    assert b"records," in out and b" MB (" in out and b"/s)" in out and b"[#" in out, out
    assert b"\r\x1b[K" in out, out


if __name__ == "__main__":
    runner.run(globals())
