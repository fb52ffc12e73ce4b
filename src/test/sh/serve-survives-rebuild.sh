#!/usr/bin/env bash
# Checks that a running `./bri serve` keeps working when another ./bri command rebuilds the jar,
# as when a reviewer edits the gazetteer: starts the server on an empty corpus, adds a comment
# line to the gazetteer, runs `./bri list` (which rebuilds), then asks for pages whose classes
# the server had not loaded yet (a summary with charts). The gazetteer is put back at the end.
# Exits 0 when every page is answered and the server's log has no NoClassDefFoundError.
# Usage: src/test/sh/serve-survives-rebuild.sh   (from anywhere; needs curl; about 2 minutes)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="$(mktemp -d)"
gazetteer="$home/src/main/resources/org/brimine/annotate/gazetteer.tsv"
cp -p "$gazetteer" "$work/gazetteer.tsv"
server=""
cleanup() {
  cp "$work/gazetteer.tsv" "$gazetteer"
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/corpus/papers"

fail() {
  echo "FAIL: $*" >&2
  echo "--- server log" >&2
  cat "$work/serve.log" >&2
  exit 1
}

"$home/bri" serve --corpus "$work/corpus" --index "$work/index" --port 0 >"$work/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 600); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" || true)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || fail "the server stopped before it listened"
  sleep 0.5
done
[ -n "$url" ] || fail "the server did not listen within 5 minutes"
echo "server at $url (pid $server)"

status() {
  # 000 when no answer came in time
  curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url$1" || true
}
[ "$(status '')" = 200 ] || fail "the search page before the rebuild"

# An edited data file: the next ./bri command rebuilds, and the jar's entries move.
echo "# edited while bri serve runs ($(date -u +%FT%TZ))" >>"$gazetteer"
echo "rebuilding through ./bri list ..."
"$home/bri" list --index "$work/index" >/dev/null 2>"$work/rebuild.log" \
  || { cat "$work/rebuild.log" >&2; fail "./bri list after the touch"; }
grep -q "building the jar" "$work/rebuild.log" || fail "./bri list did not rebuild the jar"

for page in themes/corpus api/summary/corpus themes 'api/search?q=silk' papers/none; do
  code="$(status "$page")"
  case "$code" in
    200|404) echo "/$page: $code" ;;
    *) fail "/$page answered $code after the rebuild" ;;
  esac
done
kill -0 "$server" 2>/dev/null || fail "the server died after the rebuild"
if grep -q "NoClassDefFoundError\|ClassNotFoundException\|ZipException" "$work/serve.log"; then
  fail "the server's log shows missing classes"
fi
echo "PASS: the server answered every page after the rebuild"
