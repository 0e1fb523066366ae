#!/usr/bin/env python3
"""End-to-end tests of `convoca export` (issue 10, items 2, 3, 5) against the real binary.

Covers: CSV read back with Python's `csv` module in both dialects (RFC 4180 and --excel with
a BOM, ';' and the es_CO decimal comma), formula payloads neutralised and negative amounts kept
numbers; the XLSX read back with openpyxl (dates are datetimes, amounts numbers, the header
frozen and filtered, a hostile title intact as text); the ICS read with `icalendar` (UIDs stable
across runs, alarms, all-day dates); --output written atomically; bad format, columns, query
and options refused with a clear message, a non-zero exit and nothing written.

Needs the Debian packages python3-openpyxl and python3-icalendar (.ci/run installs them).
Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_export.py
"""
import csv
import datetime
import hashlib
import io
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

try:
    import openpyxl
    import icalendar
except ImportError:
    # Debian's packages live where Debian's python3 looks; a pyenv python3 does not look there.
    sys.path.append("/usr/lib/python3/dist-packages")
    import openpyxl
    import icalendar

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
           LANG="C.UTF-8", SWIFT_BACKTRACE="enable=no", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           CONVOCA_LANG="en")
ENV.pop("LC_ALL", None)
ENV.pop("LC_NUMERIC", None)

HOSTILE = "<script>alert(1)</script> & \x1b[31m\x07 ]]> \"q\""
PAYLOADS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|'/C calc'!A0", "@SUM(1+1)", "+1+2", "-3+4"]


def run(*args, env=None):
    return subprocess.run([BIN, *args], capture_output=True, env=env or ENV, timeout=120)


class Fixture:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="convoca-e2e-export-")
        self.path = os.path.join(self.dir, "data.jsonl")

    def cli(self, *args, env=None):
        return run(*args, "--file", self.path, env=env)

    def ok(self, *args, env=None):
        p = self.cli(*args, env=env)
        assert p.returncode == 0, f"{args} failed ({p.returncode}): {p.stderr!r}"
        return p.stdout

    def add(self, title, *extra):
        return self.ok("add", "--title=" + title, *extra).decode().strip()

    def digest(self):
        with open(self.path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()


def sample():
    f = Fixture()
    a = f.add("Smart city, Medellín", "--kind", "grant", "--owner", "Ana Gómez", "--funder", "EU; DG RTD",
              "--deadline", "2027-03-15", "--decision", "2027-06-01", "--amount", "1250000.5 EUR",
              "--url", "https://example.org/call?x=1")
    b = f.add(HOSTILE, "--kind", "award", "--deadline", "2027-04-01", "--amount", "2500 USD")
    ids = [f.add(p, "--kind", "grant") for p in PAYLOADS]
    return f, a, b, ids


def rows_by_id(rows):
    return {r["Id"]: r for r in rows}


def test_csv_reads_back_with_python_csv():
    f, a, b, ids = sample()
    out = f.ok("export", "--format", "csv").decode("utf-8")
    assert out.endswith("\r\n") and "\r\n" in out
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == 2 + len(PAYLOADS)
    by = rows_by_id(rows)
    assert by[a]["Title"] == "Smart city, Medellín"
    assert by[a]["Deadline"] == "2027-03-15"
    assert by[a]["Amount"] == "1250000.5" and by[a]["Amount currency"] == "EUR"
    assert by[a]["Funder"] == "EU; DG RTD"
    # Amounts are never neutralised (a negative one, which `add` refuses, is covered by
    # ExportTests.csvKeepsANegativeAmountANumber).
    assert by[b]["Amount"] == "2500" and by[b]["Amount currency"] == "USD"
    # Formula payloads start with a quote mark; no title starts with a formula character.
    for i, p in zip(ids, PAYLOADS):
        assert by[i]["Title"] == "'" + p, by[i]["Title"]
    for r in rows:
        assert r["Title"][0] not in "=+-@\t\r", r["Title"]


def test_csv_excel_dialect_in_spanish_locale():
    f, a, b, ids = sample()
    env = dict(ENV, LANG="es_CO.UTF-8")
    raw = f.ok("export", "--format", "csv", "--excel", "--columns", "id,title,amount,deadline", env=env)
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == ["Id", "Title", "Amount", "Amount currency", "Deadline"], rows[0]
    by = {r[0]: r for r in rows[1:]}
    assert by[a][2] == "1250000,5" and by[a][3] == "EUR" and by[a][4] == "2027-03-15"
    assert by[b][2] == "2500"


def test_csv_query_columns_sort_and_output_file():
    f, a, b, ids = sample()
    dest = os.path.join(f.dir, "grants.csv")
    p = f.cli("export", "kind:grant", "-calc", "--columns", "title,id", "--sort", "title", "--output", dest)
    assert p.returncode == 0, p.stderr
    assert p.stdout == b""
    with open(dest, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Title", "Id"]
    got = {r[1] for r in rows[1:]}
    assert a in got and b not in got and ids[1] not in got and len(rows) == 1 + len(PAYLOADS)
    assert [x for x in os.listdir(f.dir) if x.startswith(".")] == []


def test_xlsx_reads_back_with_openpyxl():
    f, a, b, ids = sample()
    dest = os.path.join(f.dir, "pipeline.xlsx")
    f.ok("export", "--format", "xlsx", "--output", dest)
    wb = openpyxl.load_workbook(dest)
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Id", "Title", "Kind", "Stage"], header
    col = {h: i for i, h in enumerate(header)}
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    ra = rows[a]
    assert isinstance(ra[col["Deadline"]].value, datetime.datetime), ra[col["Deadline"]].value
    assert ra[col["Deadline"]].value.date() == datetime.date(2027, 3, 15)
    assert ra[col["Amount"]].value == 1250000.5 and ra[col["Amount currency"]].value == "EUR"
    assert rows[b][col["Amount"]].value == 2500
    assert isinstance(ra[col["Created"]].value, datetime.datetime)
    # The hostile title is text, with only the characters XML forbids dropped.
    assert rows[b][col["Title"]].value == HOSTILE.replace("\x1b", "").replace("\x07", "")
    assert rows[ids[0]][col["Title"]].value == PAYLOADS[0] and rows[ids[0]][col["Title"]].data_type == "s"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{len(rows) + 1}"
    width = ws.column_dimensions["B"].width
    assert 10 <= width <= 61, width


def test_xlsx_refused_on_a_terminal_and_bad_input_writes_nothing():
    f, a, b, ids = sample()
    before = f.digest()
    dest = os.path.join(f.dir, "out.xlsx")
    cases = [
        (["export", "--format", "pdf", "--output", dest], "unknown format 'pdf'"),
        (["export", "--columns", "title,nope", "--output", dest], "unknown column 'nope'"),
        (["export", "due<<3", "--output", dest], ""),
        (["export", "--format", "xlsx", "--excel", "--output", dest], "--excel applies"),
        (["export", "--format", "csv", "--alarm-days", "3", "--output", dest], "--alarm-days"),
        (["export", "--format", "ics", "--alarm-days", "-1", "--output", dest], ""),
        (["export", "--format", "ics", "--columns", "title", "--output", dest], "--columns"),
        (["export", "--sort", "colour", "--output", dest], "cannot sort by 'colour'"),
    ]
    for args, message in cases:
        p = f.cli(*args)
        assert p.returncode != 0, args
        assert message in p.stderr.decode(), (args, p.stderr)
        assert not os.path.exists(dest), args
    assert f.digest() == before
    # A workbook is binary: not to a terminal.
    import pty
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(BIN, [BIN, "export", "--format", "xlsx", "--file", f.path], ENV)
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
    assert os.WEXITSTATUS(status) != 0
    assert b"--output" in out and b"PK" not in out, out
    # An unwritable destination: a clear message, no partial file.
    p = f.cli("export", "--output", os.path.join(f.dir, "no", "such", "dir.csv"))
    assert p.returncode != 0 and b"cannot write" in p.stderr, p.stderr


def load_ics(raw):
    return icalendar.Calendar.from_ical(raw)


def test_ics_reads_back_with_icalendar():
    f, a, b, ids = sample()
    dest = os.path.join(f.dir, "deadlines.ics")
    f.ok("export", "--format", "ics", "--output", dest)
    with open(dest, "rb") as fh:
        raw = fh.read()
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    cal = load_ics(raw)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {f"{a}-deadline@convoca", f"{a}-decision@convoca", f"{b}-deadline@convoca"}
    e = events[f"{a}-deadline@convoca"]
    assert e.decoded("DTSTART") == datetime.date(2027, 3, 15)
    assert e.decoded("DTEND") == datetime.date(2027, 3, 16)
    assert str(e["SUMMARY"]) == "Deadline: Smart city, Medellín"
    desc = str(e["DESCRIPTION"])
    assert "https://example.org/call?x=1" in desc and "Stage: identified" in desc and "Owner: Ana Gómez" in desc
    assert str(e["URL"]) == "https://example.org/call?x=1"
    alarms = e.walk("VALARM")
    assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == -datetime.timedelta(days=7)
    assert str(events[f"{b}-deadline@convoca"]["SUMMARY"]) == "Deadline: " + HOSTILE.replace("\x1b", "").replace("\x07", "")
    # Stable UIDs across runs; another alarm; none.
    again = load_ics(f.ok("export", "--format", "ics", "--alarm-days", "2"))
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(events)
    assert all(al.decoded("TRIGGER") == -datetime.timedelta(days=2) for al in again.walk("VALARM"))
    none = load_ics(f.ok("export", "--format", "ics", "--no-alarm"))
    assert none.walk("VALARM") == []
    # The alarmDays configuration key, and --alarm-days over it.
    conf = os.path.join(f.dir, "conf")
    os.makedirs(os.path.join(conf, "convoca"))
    with open(os.path.join(conf, "convoca", "config.json"), "w") as fh:
        fh.write('{"alarmDays": 3}')
    env = dict(ENV, XDG_CONFIG_HOME=conf)
    keyed = load_ics(f.ok("export", "--format", "ics", env=env))
    assert all(al.decoded("TRIGGER") == -datetime.timedelta(days=3) for al in keyed.walk("VALARM"))
    over = load_ics(f.ok("export", "--format", "ics", "--alarm-days", "1", env=env))
    assert all(al.decoded("TRIGGER") == -datetime.timedelta(days=1) for al in over.walk("VALARM"))
    # Only the filtered set.
    only = load_ics(f.ok("export", "--format", "ics", "kind:award"))
    assert {str(e["UID"]) for e in only.walk("VEVENT")} == {f"{b}-deadline@convoca"}


runner.run(globals())
