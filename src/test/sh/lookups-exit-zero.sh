#!/usr/bin/env bash
# Checks that the one-shot look-ups (list, search, show) of ./bri exit 0 and print no JVM error,
# on the run that writes their class-data archive and on the next one that maps it. They failed
# with "Cannot have non-empty directory in paths" and exit code 1 once the Chinese models' folder
# was on the jar's classpath: the JVM archives no classes of such a classpath.
# Usage: src/test/sh/lookups-exit-zero.sh   (from anywhere; about a minute)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
bri="${BRI:-$home/bri}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus/papers"

fail() {
  echo "FAIL: $*" >&2
  cat "$work/out" "$work/err" >&2
  exit 1
}

"$bri" ingest --corpus "$work/corpus" --index "$work/index" >"$work/out" 2>"$work/err" \
  || fail "bri ingest of an empty corpus"
# the archives of this build are written again by the first run of each command
rm -rf "$home/target/run/$(<"$home/target/run/current")/cds"
for round in writes maps; do
  for command in list "search belt" "show no-such-id"; do
    rc=0
    # shellcheck disable=SC2086
    "$bri" $command --corpus "$work/corpus" --index "$work/index" >"$work/out" 2>"$work/err" \
      || rc=$?
    expected=0
    [ "$command" = "show no-such-id" ] && expected=1
    [ "$rc" = "$expected" ] || fail "bri $command exited $rc, not $expected (the run that $round the archive)"
    if grep -q "Error occurred during initialization of VM" "$work/out" "$work/err"; then
      fail "bri $command: the JVM failed (the run that $round the archive)"
    fi
  done
done
echo "lookups-exit-zero: list, search and show exit as they should, archive written and mapped"
