#!/usr/bin/env bash
# Builds each libFuzzer harness and runs it for a while on a copy of its seed corpus.
#   Fuzz/run.sh [seconds] [Harness ...]      (default: 30 seconds, every harness)
# Prints each harness's executions and whether it crashed; a crashing input is saved under
# Fuzz/Crashes/<Harness>/ (commit it: `swift test` replays it) and the exit status is 1.
set -uo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(FuzzQuery FuzzDataFile FuzzJournalLine FuzzRecordLine FuzzFieldInput)
scratch=Fuzz/.build-fuzz
# Swift's backtracer trips ASan on a fatalError; let libFuzzer report the crash instead.
export SWIFT_BACKTRACE=enable=no
work="$(mktemp -d "${TMPDIR:-/tmp}/convoca-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

failed=0
summary=()
for h in "${harnesses[@]}"; do
  echo "== $h: building" >&2
  # swiftc keeps only the last `-sanitize=` it is given, so SwiftPM's two flags alone build
  # Swift code with ASan but without coverage counters (libFuzzer then fuzzes blind): the
  # combined flag, appended last, turns both on.
  if ! swift build --package-path Fuzz -c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
    --product "$h" --scratch-path "$scratch" >"$work/$h.build.log" 2>&1; then
    grep -v 'ld.gold: warning' "$work/$h.build.log" | tail -40 >&2
    summary+=("$h: BUILD FAILED")
    failed=1
    continue
  fi
  corpus="$work/$h.corpus"
  artifacts="$work/$h.artifacts"
  mkdir -p "$corpus" "$artifacts"
  [ -d "Fuzz/Corpus/$h" ] && cp Fuzz/Corpus/"$h"/* "$corpus"/ 2>/dev/null
  echo "== $h: fuzzing for ${seconds}s" >&2
  "$scratch/debug/$h" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" >"$work/$h.log" 2>&1
  status=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$h.log" | grep -o '[0-9]*$' | tail -1)
  [ -n "$execs" ] || execs=$(grep -oE '^#[0-9]+' "$work/$h.log" | tail -1 | tr -d '#')
  crash=$(ls "$artifacts" 2>/dev/null | head -1)
  if [ "$status" -ne 0 ] || [ -n "$crash" ]; then
    failed=1
    mkdir -p "Fuzz/Crashes/$h"
    for f in "$artifacts"/*; do [ -e "$f" ] && cp "$f" "Fuzz/Crashes/$h/"; done
    grep -E 'Fatal error|ERROR: |SUMMARY' "$work/$h.log" | head -5 >&2
    summary+=("$h: ${execs:-?} execs in ${seconds}s, CRASHED (exit $status) -> Fuzz/Crashes/$h/${crash:-?}")
    mkdir -p "$scratch/logs" && cp "$work/$h.log" "$scratch/logs/$h.log" && echo "   full log: $scratch/logs/$h.log" >&2
  else
    summary+=("$h: ${execs:-?} execs in ${seconds}s, no crash")
  fi
done

printf '%s\n' "${summary[@]}"
exit "$failed"
