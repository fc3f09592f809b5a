#!/usr/bin/env bash
# Builds perf/empty-app (an empty Yew app) exactly as the widget is built, into
# target/perf/empty-dist/: same locked crate versions (Cargo.lock copied), same release profile
# (every [profile.*] section of the root Cargo.toml appended), same Trunk `rel="rust"` line of
# index.html (so the same wasm-opt flags). The baseline of `make bench`'s size table.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

work="target/perf/empty-app"
out="target/perf/empty-dist"
rm -rf "$work"
mkdir -p "$work"
cp -r perf/empty-app/src "$work/"
cp Cargo.lock "$work/"
{
    cat perf/empty-app/Cargo.toml
    echo
    echo "# Appended by scripts/build-empty-app.sh from the root Cargo.toml."
    echo "[workspace]"
    awk '/^\[/ { keep = ($0 ~ /^\[profile[.]/) } keep' Cargo.toml
} >"$work/Cargo.toml"

# The widget's own Trunk line for the wasm, with its wasm-opt level and flags.
rust_link=$(awk '/<link data-trunk rel="rust"/ { on = 1 } on { printf "%s ", $0 } on && />/ { exit }' index.html)
[ -n "$rust_link" ] || { echo "build-empty-app: no rel=\"rust\" link in index.html" >&2; exit 1; }
cat >"$work/index.html" <<HTML
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Empty Yew app</title>
  <link rel="icon" href="data:,">
  $rust_link
</head>
<body></body>
</html>
HTML
# Trunk's build settings only: the widget's hooks (scripts/post-build.sh: the case library, the
# demo pages) are not the empty app's, and their script is not in its folder.
awk '/^\[\[hooks\]\]/ { exit } { print }' Trunk.toml | sed 's/^dist = .*/dist = "dist"/' >"$work/Trunk.toml"

offline=(--offline)
if use_wasm_fallback; then enable_wasm_fallback; offline=(); fi
# Its own target dir: the widget's build keeps target/ and its lock.
(cd "$work" && CARGO_TARGET_DIR="$ROOT/target/perf/empty-target" trunk build --release "${offline[@]}" --dist "$ROOT/$out" >"$ROOT/target/perf/empty-build.log" 2>&1) \
    || { tail -30 target/perf/empty-build.log; exit 1; }
echo "$out"
