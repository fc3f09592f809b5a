#!/usr/bin/env bash
# Trunk's post-build hook: writes the case library, every file of engine/presets/ in one JSON
# array, as cases.json beside the wasm. The widget compiles in only its default case and reads
# this file when a user or a page first asks for another (src/files.rs); the CLI and the tests
# compile every case in (the engine's `bundled-cases` feature).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${TRUNK_STAGING_DIR:-dist}/cases.json"
{
    printf '['
    sep=''
    for f in engine/presets/*.json; do
        printf '%s' "$sep"
        cat "$f"
        sep=','
    done
    printf ']\n'
} >"$out.tmp"
mv "$out.tmp" "$out"
