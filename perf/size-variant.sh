#!/usr/bin/env bash
# Size experiment: builds the widget's wasm the way Trunk does (cargo build --release,
# wasm-bindgen --target web, wasm-opt) but with overrides, in its own target dir, and prints
# the brotli size of the wasm and JS. For trying profile settings and wasm-opt flags:
#   perf/size-variant.sh                                   # as index.html/Cargo.toml say
#   CARGO_PROFILE_RELEASE_OPT_LEVEL=s perf/size-variant.sh
#   WASM_OPT="-Oz --converge" perf/size-variant.sh          # level flags replacing "-Oz"
#   KEEP_NAMES=1 perf/size-variant.sh                       # keep the name section, for twiggy
#   ONLINE=1 RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort perf/size-variant.sh
#                          # the standard library rebuilt: cargo fetches its dependencies itself
# Output: target/perf/variant/out/; the last line is "variant wasm_br js_br".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
out=target/perf/variant/out
mkdir -p "$out"
export CARGO_TARGET_DIR="$ROOT/target/perf/variant"
# As Trunk builds it: index.html's data-cargo-no-default-features leaves Dutch, French and German out.
features=()
if grep -q 'data-cargo-no-default-features' index.html; then features+=(--no-default-features); fi
offline=(--offline)
[ "${ONLINE:-0}" = 1 ] && offline=()
nice cargo build -q --release "${offline[@]}" --target wasm32-unknown-unknown -p gfs-widget "${features[@]}"
wasm-bindgen --target web --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/gfs_widget.wasm"
# index.html's wasm-opt parameters (feature flags and strip options).
params=$(grep -o 'data-wasm-opt-params="[^"]*"' index.html | sed 's/^[^"]*"//; s/"$//')
level=$(grep -o 'data-wasm-opt="[^"]*"' index.html | sed 's/^[^"]*"//; s/"$//')
opt="${WASM_OPT:--O$level}"
if [ "${KEEP_NAMES:-0}" = 1 ]; then params=$(sed 's/--strip-debug/--strip-dwarf/' <<<"$params"); opt="$opt -g"; fi
# shellcheck disable=SC2086
wasm-opt $opt $params "$out/gfs_widget_bg.wasm" -o "$out/opt.wasm"
wb=$(brotli -q 11 -c "$out/opt.wasm" | wc -c)
jb=$(brotli -q 11 -c "$out/gfs_widget.js" | wc -c)
echo "variant $wb $jb (raw wasm $(wc -c <"$out/opt.wasm"))"
