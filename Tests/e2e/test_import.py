#!/usr/bin/env python3
"""End-to-end tests of `convoca import FILE.csv` against the real binary and the fixture CSVs
in Tests/e2e/fixtures (an Excel-in-Spanish file: `;`, BOM, CRLF, `1.234.567,89`,
`15/03/2027`, a quoted multi-line cell and a formula; bad rows; a truncated file; Latin-1
bytes; a header with no known column).

Run: python3 Tests/e2e/test_import.py [path/to/convoca]   (default .build/debug/convoca)
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


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=ENV, timeout=60)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Data:
    """A data file holding one call already, so a refused import must leave real bytes alone."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="convoca-import-")
        self.path = os.path.join(self.dir, "data.jsonl")
        p = self.cli("add", "--title", "Already here")
        assert p.returncode == 0, p.stderr

    def cli(self, *args):
        return run(*args, "--file", self.path)

    def records(self):
        p = self.cli("list", "--json")
        assert p.returncode == 0, p.stderr
        return json.loads(p.stdout)

    def copy(self, name):
        """The fixture copied into this folder (the source system is the file's name)."""
        dst = os.path.join(self.dir, name)
        shutil.copy(os.path.join(FIX, name), dst)
        return dst


def test_excel_spanish_file_imports():
    d = Data()
    csv = d.copy("excel_es.csv")
    p = d.cli("import", csv)
    assert p.returncode == 0, p.stderr
    assert "3 added" in p.stdout, p.stdout
    recs = {r["title"]: r for r in d.records()}
    paz = recs["Fondo de paz 2027"]
    assert paz["kind"] == "grant" and paz["area"] == "security-peace", paz
    assert paz["deadline"] == "2027-03-15", paz
    assert paz["amount"] == {"value": 1234567.89, "currency": "EUR"}, paz
    assert paz["description"] == "Primera línea\nsegunda línea", paz
    assert paz["source"]["system"] == "csv:excel_es.csv", paz
    becas = recs["Becas Chevening"]
    assert becas["kind"] == "scholarship" and becas["stage"] == "applied", becas
    assert becas["deadline"] == "2027-03-15", becas
    premio = recs["Premio ciudades"]
    assert premio["stage"] == "won" and premio["amount"]["currency"] == "COP", premio
    # The formula is data: kept as text, never evaluated.
    assert premio["description"] == '=HYPERLINK("http://x","y")', premio


def test_import_is_one_journal_line():
    d = Data()
    before = open(d.path, "rb").read().count(b"\n")
    p = d.cli("import", d.copy("excel_es.csv"))
    assert p.returncode == 0, p.stderr
    after = open(d.path, "rb").read().count(b"\n")
    assert after == before + 1, (before, after)


def test_dry_run_writes_nothing():
    d = Data()
    h = digest(d.path)
    p = d.cli("import", d.copy("excel_es.csv"), "--dry-run")
    assert p.returncode == 0, p.stderr
    assert "would add 3" in p.stdout, p.stdout
    assert "line 2: Fondo de paz 2027" in p.stdout, p.stdout
    assert digest(d.path) == h


def test_dry_run_lists_rejects_with_lines():
    d = Data()
    h = digest(d.path)
    p = d.cli("import", d.copy("bad_rows.csv"), "--dry-run")
    assert p.returncode != 0
    assert "reject  line 3: amount" in p.stdout, p.stdout
    assert "reject  line 4: deadline" in p.stdout, p.stdout
    assert digest(d.path) == h


def test_bad_rows_import_nothing_by_default():
    d = Data()
    h = digest(d.path)
    p = d.cli("import", d.copy("bad_rows.csv"))
    assert p.returncode != 0
    assert "line 3:" in p.stderr and "line 4:" in p.stderr, p.stderr
    assert "nothing was imported" in p.stderr, p.stderr
    assert digest(d.path) == h


def test_skip_invalid_imports_the_rest():
    d = Data()
    p = d.cli("import", d.copy("bad_rows.csv"), "--skip-invalid")
    assert p.returncode == 0, p.stderr
    assert "2 added" in p.stdout and "2 rejected" in p.stdout, p.stdout
    assert "line 3:" in p.stderr, p.stderr
    titles = sorted(r["title"] for r in d.records())
    assert titles == ["Already here", "Another good", "Good one"], titles


def test_bad_files_leave_data_byte_identical():
    for name, words in [("no_known_column.csv", "no column"), ("truncated.csv", "not closed")]:
        d = Data()
        h = digest(d.path)
        p = d.cli("import", d.copy(name))
        assert p.returncode != 0, name
        assert words in p.stderr, (name, p.stderr)
        assert digest(d.path) == h, name
    d = Data()
    h = digest(d.path)
    p = d.cli("import", os.path.join(d.dir, "missing.csv"))
    assert p.returncode != 0 and "cannot read" in p.stderr, p.stderr
    assert digest(d.path) == h


def test_latin1_is_read_with_a_warning():
    d = Data()
    p = d.cli("import", d.copy("latin1.csv"))
    assert p.returncode == 0, p.stderr
    assert "Windows-1252" in p.stderr, p.stderr
    r = [r for r in d.records() if r["title"] != "Already here"][0]
    assert r["title"] == "Año nuevo €" and r["funder"] == "Alcaldía" and r["area"] == "inclusion", r


def test_reimport_updates_not_duplicates():
    d = Data()
    csv = d.copy("excel_es.csv")
    assert d.cli("import", csv).returncode == 0
    paz = [r for r in d.records() if r["title"] == "Fondo de paz 2027"][0]
    assert d.cli("move", paz["id"], "preparing").returncode == 0
    assert d.cli("note", paz["id"], "llamar a la UE").returncode == 0
    # The colleague's sheet changes the amount and says the call was applied for.
    with open(csv, "rb") as f:
        data = f.read()
    data = data.replace(b"Identificada;15/03/2027;1.234.567,89", b"Aplicada;15/03/2027;2.000.000,00")
    with open(csv, "wb") as f:
        f.write(data)
    p = d.cli("import", csv)
    assert p.returncode == 0, p.stderr
    assert "0 added, 1 updated, 2 unchanged" in p.stdout, p.stdout
    recs = d.records()
    assert len(recs) == 4, [r["title"] for r in recs]
    now = [r for r in recs if r["id"] == paz["id"]][0]
    assert now["amount"]["value"] == 2000000, now
    assert now["stage"] == "preparing", now
    assert [n["text"] for n in now["notes"]] == ["llamar a la UE"], now
    # With --update-stage the stage follows the file.
    p = d.cli("import", csv, "--update-stage")
    assert p.returncode == 0, p.stderr
    now = [r for r in d.records() if r["id"] == paz["id"]][0]
    assert now["stage"] == "applied", now


if __name__ == "__main__":
    runner.run(globals())
