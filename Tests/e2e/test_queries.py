#!/usr/bin/env python3
"""End-to-end tests of issue 8's richer queries (item 4) through the real binary: OR and
parentheses, has:/no:, periods, owner:me (the configured user, CONVOCA_USER here) and the
messages for bad groupings, which change nothing.

Run: CONVOCA_BIN=$(swift build --show-bin-path)/convoca python3 Tests/e2e/test_queries.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
import test_cli as cli  # noqa: E402  (run, Fixture, ENV, digest)

ENV, run, Fixture, digest = cli.ENV, cli.run, cli.Fixture, cli.digest


def fixture():
    """Today is Sunday 2026-11-29 (ENV); the user is Laura Restrepo, the default owner."""
    f = Fixture()
    ids = {
        "award": f.add("Prize for cities", "--kind", "award", "--deadline", "2026-12-02"),
        "grant": f.add("Grant for parks", "--kind", "grant", "--owner", "Ana Gómez", "--amount", "50k"),
        "net": f.add("Network of mayors", "--kind", "network", "--owner", "", "--deadline", "2027-01-15"),
    }
    return f, ids


def titles(f, *query):
    return sorted(r["title"] for r in f.records(*query))


def test_or_parentheses_and_negated_groups():
    f, _ = fixture()
    assert titles(f, "kind:award OR kind:grant") == ["Grant for parks", "Prize for cities"]
    # As separate shell words, too.
    assert titles(f, "(kind:award", "OR", "kind:network)", "has:deadline") == ["Network of mayors",
                                                                             "Prize for cities"]
    assert titles(f, "-(kind:award OR kind:grant)") == ["Network of mayors"]
    # Lower-case `or` is a word: all three words must be there ("or" is inside "for").
    assert titles(f, "prize or parks") == []
    assert titles(f, "prize or cities") == ["Prize for cities"]
    assert titles(f, "prize OR parks") == ["Grant for parks", "Prize for cities"]


def test_owner_me_has_no_and_periods():
    f, _ = fixture()
    assert titles(f, "owner:me") == ["Prize for cities"]
    other = dict(ENV, CONVOCA_USER="ana gomez")
    p = f.cli("list", "owner:me", "--json", env=other, check=True)
    assert '"Grant for parks"' in p.stdout and "Prize" not in p.stdout, p.stdout
    assert titles(f, "no:owner") == ["Network of mayors"]
    assert titles(f, "has:amount") == ["Grant for parks"]
    assert titles(f, "no:deadline") == ["Grant for parks"]
    # Sunday 29 Nov: next week is Monday 30 Nov to Sunday 6 Dec.
    assert titles(f, "due:nextweek") == ["Prize for cities"]
    assert titles(f, "due:thisweek") == []
    assert titles(f, "due:2027") == ["Network of mayors"]
    assert titles(f, "due:2026-12") == ["Prize for cities"]


def test_bad_groupings_are_named_with_their_column_and_change_nothing():
    f, _ = fixture()
    before = digest(f.path)
    cases = {
        "(kind:award OR kind:grant": "'(' is never closed: a ')' is missing (in '(' at column 1)",
        "kind:award)": "')' has no '(' before it (in ')' at column 11)",
        "OR kind:award": "'OR' needs a term before it (in 'OR' at column 1)",
        "kind:award OR": "'OR' needs a term after it (in 'OR' at column 12)",
        "kind:award OR OR kind:grant": "'OR' twice in a row",
        "kind:award ()": "empty parentheses: put at least one term inside (in '()' at column 12)",
        "has:ownr": "unknown field 'ownr' — did you mean 'owner'? (in 'has:ownr' at column 1)",
    }
    for query, message in cases.items():
        p = f.cli("list", query)
        assert p.returncode != 0, (query, p.stdout)
        assert message in p.stderr, (query, p.stderr)
        assert digest(f.path) == before
    es = f.cli("list", "(kind:award", env=dict(ENV, CONVOCA_LANG="es"))
    assert es.returncode != 0 and "no se cierra" in es.stderr, es.stderr


if __name__ == "__main__":
    runner.run(globals())
