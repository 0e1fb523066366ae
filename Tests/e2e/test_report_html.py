#!/usr/bin/env python3
"""The director's report (issue 10, item 6) through the real binary and a real reader.

`convoca report --format html` on the demo data and on a larger generated file (with a hostile
title and owner): one self-contained file (no script, no external asset), every section and
chart present, the text escaped. Then, when Debian's `chromium` is installed, the page is
printed to PDF on A4 (its @page CSS): `pdfinfo` (poppler-utils) counts a sane number of A4
pages and chromium logs no console error; a 1280×2000 screenshot and the PDFs are kept in
Tests/e2e/artefacts/ (gitignored). Also: `--format md` escaped, `--output` written atomically,
a bad --output refused with nothing written, and the Spanish page.

Needs chromium and poppler-utils for the printing checks (.ci/run installs them); without
them those checks are skipped with a note.
Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_report_html.py
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get("CONVOCA_BIN") or os.path.join(ROOT, ".build", "debug", "convoca")
ARTEFACTS = os.path.join(HERE, "artefacts")
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
           LANG="C.UTF-8", SWIFT_BACKTRACE="enable=no", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           CONVOCA_LANG="en")
ENV.pop("LC_ALL", None)
HOSTILE = "<script>alert('x')</script> & \"q\" | pipe"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFINFO = shutil.which("pdfinfo")


def run(*args, env=None):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env or ENV, timeout=120)


def large_file():
    """About 2,000 calls cloned from the demo data with new ids, stages, owners and dates,
    one of them with a hostile title and owner."""
    d = tempfile.mkdtemp(prefix="convoca-e2e-report-")
    path = os.path.join(d, "data.jsonl")
    lines = open(os.path.join(ROOT, "Resources", "demo.jsonl"), encoding="utf-8").read().splitlines()
    rows = [json.loads(x) for x in lines[1:] if x.strip()]
    demo = [r for r in rows if "title" in r]
    team = [r for r in rows if "title" not in r]  # the reporting currency and rates
    rng = random.Random(7)
    alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
    stages = ["identified", "preparing", "applied", "won", "lost", "dropped"]
    owners = ["Mariana Vélez", "Juan Pablo Ochoa", "Catalina Zapata", "Laura Restrepo", "Andrés Gómez", ""]
    out = [json.dumps({"format": "convoca", "version": 2})] + [json.dumps(r, ensure_ascii=False) for r in team]
    for i in range(2000):
        r = dict(rng.choice(demo))
        r["id"] = "g" + "".join(alphabet[(i >> (5 * k)) & 31] for k in range(4))
        r["stage"] = rng.choice(stages)
        r["owner"] = rng.choice(owners)
        r["history"] = []
        r["notes"] = []
        year = rng.choice([2022, 2023, 2024, 2025, 2026])
        month = rng.randint(1, 12)
        r["updated"] = f"{year}-{month:02d}-{rng.randint(1, 28):02d}T12:00:00Z"
        r["created"] = f"{year - 1}-01-01T12:00:00Z"
        r["deadline"] = f"2026-{rng.choice([11, 12])}-{rng.randint(1, 28):02d}"
        r.pop("decision", None)
        if i == 5:
            r["title"] = HOSTILE
            r["owner"] = "Ana | <b>Gómez</b>"
            r["stage"] = "preparing"
            r["deadline"] = "2026-12-01"
        out.append(json.dumps(r, ensure_ascii=False))
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
    return path


def check_self_contained(html):
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>"), html[:200]
    assert "<script" not in html.lower(), "a script in the page"
    refs = re.findall(r"""(?:src|href)\s*=\s*["']?([^"' >]+)""", html, re.I)
    assert not refs, refs  # nothing loaded from anywhere
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", html, re.I), "an external url() in the CSS"
    assert "@import" not in html
    for section in ("summary", "pipeline", "deadlines", "owners"):
        assert f'<section id="{section}">' in html, section
    assert html.count("<svg") >= 2 and "@page { size: A4;" in html


def chromium(args, log):
    profile = tempfile.mkdtemp(prefix="convoca-chromium-")
    try:
        p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                            f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args],
                           capture_output=True, text=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    with open(log, "w") as f:
        f.write(p.stderr)
    return p


def print_and_check(html_path, name, max_pages):
    """Prints to PDF and screenshots; returns the page count (None when chromium is missing)."""
    if not CHROMIUM or not PDFINFO:
        print(f"note: chromium or pdfinfo missing; printing checks of {name} skipped")
        return None
    os.makedirs(ARTEFACTS, exist_ok=True)
    pdf = os.path.join(ARTEFACTS, name + ".pdf")
    png = os.path.join(ARTEFACTS, name + ".png")
    for f in (pdf, png):
        if os.path.exists(f):
            os.remove(f)
    url = "file://" + os.path.abspath(html_path)
    p = chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", url], os.path.join(ARTEFACTS, name + ".pdf.log"))
    assert p.returncode == 0 and os.path.getsize(pdf) > 1000, (p.returncode, p.stderr[-2000:])
    bad = [ln for ln in p.stderr.splitlines() if "CONSOLE" in ln or "Uncaught" in ln]
    assert not bad, bad
    info = subprocess.run([PDFINFO, pdf], capture_output=True, text=True, timeout=60).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert abs(float(size.group(1)) - 595) < 2 and abs(float(size.group(2)) - 842) < 2, info  # A4
    assert 2 <= pages <= max_pages, (name, pages)
    p = chromium(["--hide-scrollbars", "--window-size=1280,2000", f"--screenshot={png}", url],
                 os.path.join(ARTEFACTS, name + ".png.log"))
    assert p.returncode == 0 and os.path.getsize(png) > 1000, p.stderr[-2000:]
    bad = [ln for ln in p.stderr.splitlines() if "CONSOLE" in ln or "Uncaught" in ln]
    assert not bad, bad
    return pages


def test_demo_report_prints_on_a4():
    d = tempfile.mkdtemp(prefix="convoca-e2e-report-demo-")
    out = os.path.join(d, "pipeline.html")
    p = run("--demo", "report", "--period", "all", "--format", "html", "--output", out)
    assert p.returncode == 0 and p.stdout == "" and "report written to" in p.stderr, p
    html = open(out, encoding="utf-8").read()
    check_self_contained(html)
    assert "<h1>Pipeline report — all time, totals in" in html and "Generated on 29 November 2026" in html
    # stdout gives the same page (`> pipeline.html`).
    q = run("--demo", "report", "--period", "all", "--format", "html")
    assert q.returncode == 0 and q.stdout == html
    print_and_check(out, "report-demo", max_pages=10)


def test_large_report_is_escaped_and_prints():
    path = large_file()
    d = os.path.dirname(path)
    out = os.path.join(d, "pipeline.html")
    p = run("report", "--period", "all", "--format", "html", "--output", out, "--file", path)
    assert p.returncode == 0, p.stderr
    html = open(out, encoding="utf-8").read()
    check_self_contained(html)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; | pipe" in html
    assert "Ana | &lt;b&gt;Gómez&lt;/b&gt;" in html and "<b>" not in html
    # The tables list at most 40 calls and count the rest with their query.
    assert "… and " in html and "more: convoca list is:open due&lt;30d" in html
    j = json.loads(run("report", "--period", "all", "--format", "json", "--file", path).stdout)
    assert f'<div class="figure">{j["calls"]:,}</div>' in html, j["calls"]
    print_and_check(out, "report-large", max_pages=16)
    md = run("report", "--period", "all", "--format", "md", "--file", path)
    assert md.returncode == 0 and md.stdout.startswith("# Pipeline report — all time"), md.stdout[:200]
    assert "<script" not in md.stdout and "<b>" not in md.stdout
    assert "&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\" \\| pipe" in md.stdout
    assert "| Ana \\| &lt;b&gt;Gómez&lt;/b&gt; |" in md.stdout
    assert "| stage | calls | total | weighted | query |" in md.stdout


def test_spanish_report():
    d = tempfile.mkdtemp(prefix="convoca-e2e-report-es-")
    out = os.path.join(d, "informe.html")
    p = run("--demo", "report", "--format", "html", "--output", out, env=dict(ENV, CONVOCA_LANG="es"))
    assert p.returncode == 0, p.stderr
    html = open(out, encoding="utf-8").read()
    check_self_contained(html)
    assert '<html lang="es">' in html and ">Resumen</h2>" in html and "Generado el 29 de noviembre de 2026" in html
    print_and_check(out, "report-demo-es", max_pages=10)


def test_bad_output_writes_nothing():
    path = large_file()
    before = open(path, "rb").read()
    d = os.path.dirname(path)
    for args, needle in [
        (["--output", ""], "--output"),
        (["--output", " "], "--output needs a file name"),
        (["--output", os.path.join(d, "missing", "x.html")], "missing"),
        (["--format", "pdf"], "unknown format 'pdf'"),
    ]:
        p = run("report", "--format", "html", *args, "--file", path) if "--format" not in args else \
            run("report", *args, "--file", path)
        assert p.returncode != 0 and needle in p.stderr, (args, p.returncode, p.stderr)
        assert p.stdout == "", p.stdout
    assert not os.path.exists(os.path.join(d, "missing"))
    assert not [f for f in os.listdir(d) if f.endswith(".html") or ".html." in f], os.listdir(d)
    assert open(path, "rb").read() == before
    # Over an existing file: replaced whole, no temporary file left.
    target = os.path.join(d, "r.md")
    open(target, "w").write("old")
    p = run("report", "--format", "md", "--output", target, "--file", path)
    assert p.returncode == 0 and open(target).read().startswith("# Pipeline report"), p.stderr
    assert not [f for f in os.listdir(d) if f.startswith(".r.md.")], os.listdir(d)


if __name__ == "__main__":
    runner.run(globals())
