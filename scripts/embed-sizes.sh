#!/usr/bin/env bash
# What the embed loads, raw, gzip -9 and brotli -q 11, in one of three groups:
#   first-view  until a widget shows its result (one English widget with its default case): the
#               embed script gdpr-fine-simulator.js, which carries the stylesheet and the English
#               first view, and widget.css (which pages with plain host elements link);
#   first-load  everything a page with one such widget loads without being asked: the above, and
#               the wasm (*_bg.wasm), its wasm-bindgen JS and snippets/, until it answers input;
#   on-demand   what comes only when asked for: cases.json (the case library), the own files of
#               the bar's cases (cases/<id>.json, another case opened), lang/*.json and the other
#               languages' first views.
# The last line is always `total RAW GZIP BROTLI`, which the size guard and the benchmark read.
#   scripts/embed-sizes.sh [DIR] [GROUP]        (default dist/ first-load)
set -euo pipefail
dir="${1:-dist}"
group="${2:-first-load}"
[ -d "$dir" ] || { echo "embed-sizes: $dir does not exist; run make dist" >&2; exit 1; }
command -v brotli >/dev/null || { echo "embed-sizes: brotli is missing (make setup installs it)" >&2; exit 1; }

files() {
    cd "$dir"
    case "$group" in
        first-view | first-load)
            [ -f gdpr-fine-simulator.js ] && printf '%s\0' gdpr-fine-simulator.js
            [ -f widget.css ] && printf '%s\0' widget.css
            if [ "$group" = first-load ]; then
                for w in *_bg.wasm; do
                    [ -f "$w" ] || continue
                    printf '%s\0' "$w"
                    [ -f "${w%_bg.wasm}.js" ] && printf '%s\0' "${w%_bg.wasm}.js"
                done
                [ -d snippets ] && find snippets -type f -print0
            fi
            ;;
        on-demand)
            [ -f cases.json ] && printf '%s\0' cases.json
            # The bar's cases are those with first views.
            for d in first-view/*/; do
                [ -f "cases/$(basename "$d").json" ] && printf '%s\0' "cases/$(basename "$d").json"
            done
            [ -d lang ] && find lang -type f -name '*.json' -print0 | sort -z
            [ -d first-view ] && find first-view -type f -print0 | sort -z
            ;;
        *) echo "embed-sizes: unknown group $group (first-view, first-load, on-demand)" >&2; exit 1 ;;
    esac
    true
}

printf '%-40s %10s %10s %10s\n' "file ($group)" raw gzip brotli
total_raw=0 total_gz=0 total_br=0 n=0
while IFS= read -r -d '' rel; do
    file="$dir/$rel"
    raw=$(wc -c <"$file")
    gz=$(gzip -9 -n -c "$file" | wc -c)
    br=$(brotli -q 11 -c "$file" | wc -c)
    printf '%-40s %10d %10d %10d\n' "$rel" "$raw" "$gz" "$br"
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br)) n=$((n + 1))
done < <(files)
[ "$n" -gt 0 ] || { echo "embed-sizes: no $group files in $dir" >&2; exit 1; }
printf '%-40s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
