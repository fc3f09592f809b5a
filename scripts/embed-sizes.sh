#!/usr/bin/env bash
# What the embed loads: the embed script gdpr-fine-simulator.js, each wasm module (*_bg.wasm),
# its wasm-bindgen JS (same name, .js),
# wasm-bindgen's snippets/, and widget.css; not the demo pages and their own files. Each raw,
# gzip -9 and brotli -q 11, and the total. The last line is always
# `total RAW GZIP BROTLI`, which the size guard and the benchmark read.
#   scripts/embed-sizes.sh [DIR]        (default dist/)
set -euo pipefail
dir="${1:-dist}"
[ -d "$dir" ] || { echo "embed-sizes: $dir does not exist; run make dist" >&2; exit 1; }
command -v brotli >/dev/null || { echo "embed-sizes: brotli is missing (make setup installs it)" >&2; exit 1; }

printf '%-40s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0 n=0
while IFS= read -r -d '' file; do
    raw=$(wc -c <"$file")
    gz=$(gzip -9 -n -c "$file" | wc -c)
    br=$(brotli -q 11 -c "$file" | wc -c)
    printf '%-40s %10d %10d %10d\n' "${file#"$dir"/}" "$raw" "$gz" "$br"
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br)) n=$((n + 1))
done < <(
    cd "$dir"
    for w in *_bg.wasm; do
        [ -f "$w" ] || continue
        printf '%s\0' "$dir/$w"
        [ -f "${w%_bg.wasm}.js" ] && printf '%s\0' "$dir/${w%_bg.wasm}.js"
    done
    [ -f gdpr-fine-simulator.js ] && printf '%s\0' "$dir/gdpr-fine-simulator.js"
    [ -f widget.css ] && printf '%s\0' "$dir/widget.css"
    [ -d snippets ] && find "$dir/snippets" -type f -print0
    true
)
[ "$n" -gt 0 ] || { echo "embed-sizes: no embed files in $dir" >&2; exit 1; }
printf '%-40s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
