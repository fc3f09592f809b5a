#!/usr/bin/env bash
# Optimised build of the widget and demo pages into dist/ (Trunk: cargo build --release,
# wasm-bindgen, wasm-opt -Oz), then the size report. Skips the build when nothing it reads has
# changed since the last one, so `make test` after `make dist` does not build twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
if use_wasm_fallback; then enable_wasm_fallback; fi

STAMP="target/dist.stamp"
INPUTS=(index.html Trunk.toml Cargo.toml Cargo.lock .cargo src www engine/Cargo.toml engine/src)

up_to_date() {
    [ -f "$STAMP" ] && [ -f dist/index.html ] && [ "$(cat "$STAMP")" = "$(wasm_mode)" ] \
        && [ -z "$(find "${INPUTS[@]}" -newer "$STAMP" -print -quit 2>/dev/null)" ]
}

if up_to_date && [ "${FORCE:-0}" != 1 ]; then
    log "dist/ is up to date ($(wasm_mode) toolchain; FORCE=1 rebuilds)"
else
    log "trunk build --release ($(wasm_mode) wasm toolchain)"
    mkdir -p target
    start=$SECONDS
    offline=(--offline)
    # build-std needs the standard library's own dependencies, which `cargo fetch` does not get.
    [ "$(wasm_mode)" = fallback ] && offline=()
    trunk build --release "${offline[@]}"
    wasm_mode >"$STAMP"
    log "built dist/ in $((SECONDS - start)) s"
fi

bash scripts/sizes.sh dist
