#!/usr/bin/env bash
# What a visitor downloads: each file of the built site raw, gzipped and brotli-compressed
# (servers send one of the compressed forms), and the totals.
set -euo pipefail
dir="${1:-dist}"
[ -d "$dir" ] || { echo "sizes: $dir does not exist; run make dist" >&2; exit 1; }

printf '%-40s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
while IFS= read -r -d '' file; do
    raw=$(wc -c <"$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    br=$(brotli -q 11 -c "$file" | wc -c)
    printf '%-40s %10d %10d %10d\n' "${file#"$dir"/}" "$raw" "$gz" "$br"
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
done < <(find "$dir" -type f -print0 | sort -z)
printf '%-40s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
