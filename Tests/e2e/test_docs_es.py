#!/usr/bin/env python3
"""The Spanish documentation's examples run (issue 11, item 7).

Every ```sh block of README.es.md and docs/es/*.md is run, line by line, against a fresh copy
of the bundled demo data (`--file` on a temporary copy; each block gets its own copy and its
lines share it, in order), in Spanish (`CONVOCA_LANG=es`, `LANG=es_CO.UTF-8`). Each command must
exit 0 and must not print an English-only error. The convention (docs/es/README.md, "Los
ejemplos son pruebas"):

- ```sh blocks run; a line is a `convoca …` command or a `#` comment, anything else fails the
  test (so a block that is not meant to run is marked, not skipped by accident);
- ```sh no-run blocks, ```console (sample output) and every other block are not run.

Run: python3 Tests/e2e/test_docs_es.py [path/to/convoca]   (default .build/debug/convoca)
"""
import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
DEMO = os.path.join(ROOT, "Resources", "demo.jsonl")
with open(DEMO, encoding="utf-8") as f:
    ANCHOR = json.loads(f.readline())["demoAnchor"]
# "Today" is the demo's anchor, so the unshifted copy reads as `--demo` does on that day.
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY=ANCHOR, NO_COLOR="1",
           SWIFT_BACKTRACE="enable=no", COLUMNS="160", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           CONVOCA_LANG="es", LANG="es_CO.UTF-8", LC_ALL="", LC_MESSAGES="", LC_NUMERIC="", LC_TIME="")
DOCS = ["README.es.md"] + sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "docs", "es", "*.md")))
# What an English-only error looks like: swift-argument-parser's own words and Convoca's
# English messages (the Spanish table says "error", but never these).
ENGLISH_ERROR = re.compile(r"^(Error:|error:|Usage:|USAGE:)|\b(unknown|is not|invalid|cannot|refused|not found)\b",
                           re.MULTILINE | re.IGNORECASE)
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


def blocks(doc):
    """(line number, info string, body) of every fenced block of a document."""
    with open(os.path.join(ROOT, doc), encoding="utf-8") as f:
        text = f.read()
    for m in FENCE.finditer(text):
        yield text.count("\n", 0, m.start()) + 1, m.group(1).strip(), m.group(2)


def runnable():
    """Every ```sh block (not `no-run`) of the Spanish docs: (where, [command lines])."""
    out = []
    for doc in DOCS:
        for line, info, body in blocks(doc):
            words = info.split()
            if not words or words[0] != "sh" or "no-run" in words[1:]:
                continue
            cmds = []
            for i, raw in enumerate(body.splitlines()):
                text = raw.strip()
                if not text or text.startswith("#"):
                    continue
                assert text.startswith("convoca "), (
                    f"{doc}:{line + 1 + i}: a ```sh block holds only convoca commands; mark it ```sh no-run: {text}")
                cmds.append((line + 1 + i, text))
            out.append((f"{doc}:{line}", cmds))
    return out


def run_line(path, where, text):
    args = shlex.split(text, comments=True)
    assert not set(args) & {"|", ">", ">>", "<", "&&", ";"}, f"{where}: pipes and redirections need ```sh no-run"
    if "--demo" not in args:
        args = [args[0], "--file", path, *args[1:]]
    p = subprocess.run([BIN, *args[1:]], capture_output=True, text=True, env=ENV, timeout=60)
    assert p.returncode == 0, f"{where}: `{text}` exited {p.returncode}:\n{p.stderr}{p.stdout[-2000:]}"
    m = ENGLISH_ERROR.search(p.stderr)
    assert not m, f"{where}: `{text}` printed an English message in Spanish: {p.stderr}"
    return p


# ---------------------------------------------------------------------------------------

def test_spanish_docs_exist_and_link_both_ways():
    for doc in ["README.es.md", "docs/es/README.md", "docs/es/file-format.md"]:
        assert os.path.exists(os.path.join(ROOT, doc)), f"{doc} is missing"
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        head = f.read(400)
    assert "[Leer en español](README.es.md)" in head, "README.md does not link README.es.md at the top"
    with open(os.path.join(ROOT, "README.es.md"), encoding="utf-8") as f:
        head = f.read(400)
    assert "(README.md)" in head, "README.es.md does not link back to README.md at the top"
    with open(os.path.join(ROOT, "docs", "es", "README.md"), encoding="utf-8") as f:
        index = f.read()
    for doc in sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "docs", "es", "*.md"))):
        if doc != "README.md":
            assert f"({doc})" in index, f"docs/es/README.md does not list {doc}"


def test_every_runnable_example_of_the_spanish_docs_runs():
    examples = runnable()
    count = sum(len(cmds) for _, cmds in examples)
    assert count >= 10, f"only {count} runnable examples found in {DOCS}"
    failures = []
    for where, cmds in examples:
        folder = tempfile.mkdtemp(prefix="convoca-docs-es-")
        try:
            path = os.path.join(folder, "opportunities.jsonl")
            shutil.copyfile(DEMO, path)
            for line, text in cmds:
                try:
                    run_line(path, f"{where.split(':')[0]}:{line}", text)
                except AssertionError as e:
                    failures.append(str(e))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    assert not failures, "\n\n".join(failures)
    print(f"     {count} examples in {len(examples)} blocks ran")


def test_examples_change_the_copy_not_the_bundled_demo():
    with open(DEMO, "rb") as f:
        before = f.read()
    for where, cmds in runnable():
        folder = tempfile.mkdtemp(prefix="convoca-docs-es-")
        try:
            path = os.path.join(folder, "opportunities.jsonl")
            shutil.copyfile(DEMO, path)
            for line, text in cmds:
                run_line(path, where, text)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        break
    with open(DEMO, "rb") as f:
        assert f.read() == before, "running the examples changed Resources/demo.jsonl"


def test_spanish_query_value_and_amount_examples_are_there_and_store_canonical_values():
    # README.es.md shows Spanish queries, flag values and an amount with a symbol; run them
    # with no Spanish locale at all (LANG=C): the language alone decides how they read.
    with open(os.path.join(ROOT, "README.es.md"), encoding="utf-8") as f:
        readme = f.read()
    for example in ['convoca list "tipo:beca vence<60d"', "--kind beca", '--amount "US$ 25.000"',
                    "convoca move 1f115apb postulada"]:
        assert example in readme, f"README.es.md lacks the example {example}"
    folder = tempfile.mkdtemp(prefix="convoca-docs-es-")
    env = dict(ENV, LANG="C", LC_ALL="")
    try:
        path = os.path.join(folder, "opportunities.jsonl")
        shutil.copyfile(DEMO, path)

        def cli(*args):
            p = subprocess.run([BIN, "--file", path, *args], capture_output=True, text=True, env=env, timeout=60)
            assert p.returncode == 0, f"{args} exited {p.returncode}: {p.stderr}"
            return p
        new_id = cli("add", "--title", "Beca KOICA", "--kind", "beca", "--area", "innovación",
                     "--deadline", "03/04/2027", "--amount", "US$ 25.000").stdout.strip()
        moved = cli("move", "1f115apb", "postulada").stderr
        assert "en preparación → postulada" in moved, moved
        recs = {r["id"]: r for r in json.loads(cli("list", "--json").stdout)}
        added = recs[new_id]
        assert added["kind"] == "scholarship" and added["area"] == "innovation", added
        assert added["deadline"] == "2027-04-03", added
        assert added["amount"] == {"value": 25000, "currency": "USD"} or (
            str(added["amount"]["value"]) == "25000" and added["amount"]["currency"] == "USD"), added
        assert recs["1f115apb"]["stage"] == "applied"
        shown = cli("show", new_id).stdout
        assert "US$ 25.000" in shown and "03/04/2027" in shown, shown
        # The English twin of the same amount, with no locale, is refused as ambiguous.
        p = subprocess.run([BIN, "--file", path, "add", "--title", "X", "--amount", "US$ 25.000"],
                           capture_output=True, text=True, env=dict(env, CONVOCA_LANG="en"), timeout=60)
        assert p.returncode != 0 and "25,000" in p.stderr, p.stderr
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_broken_example_is_caught():
    # The checker itself: a failing command, an English error and an unmarked shell line fail.
    folder = tempfile.mkdtemp(prefix="convoca-docs-es-")
    try:
        path = os.path.join(folder, "opportunities.jsonl")
        shutil.copyfile(DEMO, path)
        for bad in ["convoca show zzzzzzzz", "convoca list --sort nada"]:
            try:
                run_line(path, "test", bad)
            except AssertionError:
                continue
            raise AssertionError(f"`{bad}` was not caught")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert ENGLISH_ERROR.search("Error: Unknown option '--x'")
    assert ENGLISH_ERROR.search("convoca: 'x' is not a date")
    assert not ENGLISH_ERROR.search("convoca: copié los datos de demostración")


if __name__ == "__main__":
    runner.run(globals())
