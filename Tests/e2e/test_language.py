#!/usr/bin/env python3
"""End-to-end tests of the language as a value (issue 11, items 1, 5 and 6): `--lang`,
CONVOCA_LANG, the configuration's `language` and LANG each choose Spanish; a bad language is
refused; swift-argument-parser's own words (USAGE, OPTIONS, Error…) come out in Spanish; and
`convoca help keys` prints docs/keys.md in English (on a Spanish machine too) and
docs/es/keys.md with --lang es.

Run: python3 Tests/e2e/test_language.py [path/to/convoca]   (default .build/debug/convoca)
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
STATE = tempfile.mkdtemp(prefix="convoca-lang-")
BASE = {k: v for k, v in os.environ.items() if k not in ("CONVOCA_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}
ENV = dict(BASE, NO_COLOR="1", SWIFT_BACKTRACE="enable=no", LANG="C", CONVOCA_USER="Laura",
           CONVOCA_FILE=os.path.join(STATE, "data.jsonl"), XDG_CONFIG_HOME=os.path.join(STATE, "config"),
           XDG_STATE_HOME=STATE, CONVOCA_TODAY="2026-11-18")

# swift-argument-parser's own English words: none may be left in Spanish help and errors.
SCAFFOLDING = ["USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "OVERVIEW:", "Help:", "See '",
               "for detailed help", "Missing expected argument", "Unknown option", "Missing value for",
               "Show help information", "Show the version", "<subcommand>", "<options>", "(default:",
               "Unexpected argument", "Did you mean", "for more information", "<query>", "<file>"]


def run(*args, env=None, **extra):
    e = dict(env or ENV, **extra)
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=e, timeout=60)


def english_left(text):
    return [w for w in SCAFFOLDING if w in text]


def test_lang_flag_env_config_and_locale_each_choose_spanish():
    en = run("add", "--help").stdout
    assert "USAGE:" in en and "OPTIONS:" in en, en
    for how, args, extra in [
        ("--lang es", ["--lang", "es"], {}),
        ("--lang=es after the command", ["--lang=es"], {}),
        ("CONVOCA_LANG", [], {"CONVOCA_LANG": "es"}),
        ("LANG", [], {"LANG": "es_CO.UTF-8"}),
        ("LC_MESSAGES", [], {"LC_MESSAGES": "es_CO.UTF-8"}),
    ]:
        p = run("add", "--help", *args, **extra)
        assert p.returncode == 0, (how, p.stderr)
        assert "USO:" in p.stdout and "OPCIONES:" in p.stdout, (how, p.stdout)
    os.makedirs(os.path.join(STATE, "config", "convoca"), exist_ok=True)
    cfg = os.path.join(STATE, "config", "convoca", "config.json")
    with open(cfg, "w", encoding="utf-8") as f:
        f.write('{"language": "es"}')
    try:
        p = run("add", "--help")
        assert "USO:" in p.stdout, p.stdout
        # --lang and CONVOCA_LANG come before the configuration.
        assert "USAGE:" in run("add", "--help", "--lang", "en").stdout
        assert "USAGE:" in run("add", "--help", CONVOCA_LANG="en").stdout
        # The configuration comes before LANG.
        assert "USO:" in run("add", "--help", LANG="en_US.UTF-8").stdout
    finally:
        os.remove(cfg)


def test_a_bad_language_is_refused_naming_the_languages():
    for args, extra, source in [(["--lang", "xx", "list"], {}, "--lang"),
                                (["list"], {"CONVOCA_LANG": "klingon"}, "CONVOCA_LANG")]:
        p = run(*args, **extra)
        assert p.returncode != 0, p.stdout
        assert source in p.stderr and "en, es" in p.stderr, p.stderr
        assert p.stdout == "", p.stdout
    # Refused in the language the configuration or the locale would have chosen.
    p = run("--lang", "xx", "list", LANG="es_CO.UTF-8")
    assert p.returncode != 0 and "no es un idioma" in p.stderr, p.stderr
    # An unknown locale is English, silently.
    p = run("add", "--help", LANG="fr_FR.UTF-8")
    assert p.returncode == 0 and "USAGE:" in p.stdout, p.stdout


def test_spanish_help_and_errors_have_no_english_scaffolding():
    es = dict(ENV, LANG="es_CO.UTF-8")
    for args in (["--help"], ["list", "--help"], ["help", "list"], ["add", "--help"], ["export", "--help"]):
        p = run(*args, env=es)
        assert p.returncode == 0, (args, p.stderr)
        assert english_left(p.stdout) == [], (args, english_left(p.stdout), p.stdout)
        assert "USO:" in p.stdout, p.stdout
    for args in (["list", "--bogus"], ["show"], ["list", "--sort"], ["add", "--tittle", "x"],
                 ["move", "a", "b", "c", "d"]):
        p = run(*args, env=es)
        assert p.returncode != 0, args
        assert english_left(p.stderr) == [], (args, english_left(p.stderr), p.stderr)
    assert "Opción desconocida" in run("list", "--bogus", env=es).stderr
    assert "Falta el argumento" in run("show", env=es).stderr
    assert "Falta el valor de" in run("list", "--sort", env=es).stderr


def test_help_keys_is_english_unless_asked():
    with open(os.path.join(ROOT, "docs", "keys.md"), encoding="utf-8") as f:
        english = f.read()
    with open(os.path.join(ROOT, "docs", "es", "keys.md"), encoding="utf-8") as f:
        spanish = f.read()
    p = run("help", "keys", LANG="es_CO.UTF-8", CONVOCA_LANG="es")
    assert p.returncode == 0 and p.stdout == english, "help keys on a Spanish machine is not docs/keys.md"
    p = run("help", "keys", "--lang", "es")
    assert p.returncode == 0 and p.stdout == spanish, "help keys --lang es is not docs/es/keys.md"
    p = run("--lang", "es", "help", "keys")
    assert p.stdout == spanish
    assert "`Intro`" in spanish and "`RePág`" in spanish and "`Enter`" in english


def test_the_tracker_speaks_the_language_chosen():
    path = os.path.join(STATE, "tracker.jsonl")
    p = run("add", "--title", "Premio Medellín", "--kind", "award", "--file", path)
    assert p.returncode == 0, p.stderr
    tui_env = {k: ENV[k] for k in ("CONVOCA_USER", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "CONVOCA_TODAY",
                                   "SWIFT_BACKTRACE")}
    for how, args, env in [("--lang es", ["--lang", "es"], dict(tui_env, LANG="C.UTF-8")),
                           ("LC_ALL", [], dict(tui_env, LC_ALL="es_CO.UTF-8")),
                           ("English", [], dict(tui_env, LANG="C.UTF-8"))]:
        with Session([BIN, "--file", path, *args], width=80, height=24, env=env, name="lang") as s:
            s.wait_for("Premio Medellín")
            if how == "English":
                s.wait_for("1 List")
                s.wait_for("Enter open")
            else:
                s.wait_for("1 Lista")
                s.wait_for("Intro ver")
            s.send_keys("q")
            s.wait_for_exit()


if __name__ == "__main__":
    try:
        runner.run(globals())
    finally:
        shutil.rmtree(STATE, ignore_errors=True)
