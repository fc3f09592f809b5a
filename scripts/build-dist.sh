#!/usr/bin/env bash
# Optimised build of the widget and demo pages into dist/ (Trunk: cargo build --release,
# wasm-bindgen, wasm-opt -Oz), then the size report. Skips the build when nothing it reads has
# changed since the last one, so `make test` after `make dist` does not build twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
# The language export is a native program: it runs with the toolchain found before the wasm
# fallback (if any) takes over `cargo`, and in the native target dir.
NATIVE_CARGO="$(command -v cargo)"
NATIVE_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
if use_wasm_fallback; then enable_wasm_fallback; fi

STAMP="target/dist.stamp"
# Why a stamp of our own: Trunk has no up-to-date check, and each `trunk build` runs wasm-bindgen,
# wasm-opt and the first views (about a minute) even when cargo had nothing to compile; this lets
# `make test` after `make dist` build once. Cargo's own record of what it compiled (the .d file)
# decides, beside the files Trunk reads.
# What Trunk reads besides the crate, and the folders whose new files the crate would pick up.
INPUTS=(index.html Trunk.toml scripts/post-build.sh scripts/first-view.mjs examples Cargo.toml Cargo.lock .cargo src www engine/Cargo.toml engine/build.rs engine/src engine/presets)
# Everything the last build compiled into the wasm, as cargo recorded it (sources, and files
# pulled in by include_str!, such as the case files): a change to any of them rebuilds.
DEPINFO="target/wasm32-unknown-unknown/release/gfs_widget.d"

compiled_inputs() {
    [ -f "$DEPINFO" ] || return 0
    # "output: dep dep …", paths with spaces escaped as "\ ".
    sed -e 's/^[^:]*: //' -e 's/\\ /\x00/g' "$DEPINFO" | tr ' ' '\n' | tr '\000' ' ' | grep -v '^$' || true
}

up_to_date() {
    [ -f "$STAMP" ] && [ -f dist/index.html ] && [ "$(cat "$STAMP")" = "$(wasm_mode)" ] || return 1
    [ -z "$(find "${INPUTS[@]}" -newer "$STAMP" -print -quit 2>/dev/null)" ] || return 1
    local f
    while IFS= read -r f; do
        [ -e "$f" ] || return 1          # a compiled file is gone: rebuild
        [ "$f" -nt "$STAMP" ] && return 1
    done < <(compiled_inputs)
    return 0
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
    # The languages other than English, as files the widget reads on demand: target/lang/<tag>.json,
    # which Trunk copies to dist/lang/ (index.html).
    native() {
        env -u RUSTC -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD CARGO_TARGET_DIR="$NATIVE_TARGET_DIR" \
            "$NATIVE_CARGO" run -q --offline -p gfs-widget --example "$@"
    }
    native export_languages -- target
    # What the widget shares with the scripts (src/facts.rs): the cases of the bar, the languages.
    native export_facts >target/facts.json
    trunk build --release "${offline[@]}"
    # The first view of each language, rendered by the widget just built (needs Chromium).
    node scripts/first-view.mjs dist
    wasm_mode >"$STAMP"
    log "built dist/ in $((SECONDS - start)) s"
fi

bash scripts/sizes.sh dist
