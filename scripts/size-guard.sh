#!/usr/bin/env bash
# The size guard of `make test`: what the embed loads (scripts/embed-sizes.sh on dist/: until the
# first view, the first load, the on-demand files) must stay within 5 % of each brotli budget
# in perf/size-budget.txt, and the wasm must carry no debug or
# name sections (they are only dead weight for a visitor). Sizes are deterministic for a given
# toolchain and lock file, so this can be a test where timings cannot. Raising the budget is a
# deliberate commit of perf/size-budget.txt that says why.
# Output is libtest-like ("test result: ok. N passed; M failed"), which scripts/test.sh counts.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

TOLERANCE_PCT=5
passed=0 failed=0
check() { # name, 0/1 (ok/failed), detail
    if [ "$2" = 0 ]; then
        echo "test size::$1 ... ok ($3)"; passed=$((passed + 1))
    else
        echo "test size::$1 ... FAILED ($3)"; failed=$((failed + 1))
    fi
}

mkdir -p target/perf
bash scripts/build-dist.sh >target/perf/size-guard-build.log 2>&1 || { tail -30 target/perf/size-guard-build.log; echo "size-guard: make dist failed"; exit 1; }
budget_of() { awk -v g="$1" '!/^#/ && $1 == g { print $2; exit }' perf/size-budget.txt; }
for group in first-view first-load on-demand; do
    table=$(bash scripts/embed-sizes.sh dist "$group") || exit 1
    echo "$table"
    [ "$group" = first-load ] && first_load_table=$table
    read -r _ raw gz br < <(tail -1 <<<"$table")
    budget=$(budget_of "$group")
    [[ "$budget" =~ ^[0-9]+$ ]] || { echo "size-guard: no $group budget (bytes) in perf/size-budget.txt"; exit 1; }
    limit=$((budget * (100 + TOLERANCE_PCT) / 100))
    check "brotli_${group//-/_}_within_budget" $([ "$br" -le "$limit" ] && echo 0 || echo 1) \
        "$group brotli total $br B; budget $budget B + $TOLERANCE_PCT % = $limit B"
done
table=$first_load_table

# Every file the embed needs is there (a missing one would make the total look small).
missing=()
for f in gfs-widget_bg.wasm gfs-widget.js gdpr-fine-simulator.js widget.css; do
    grep -q "^$f " <<<"$table" || missing+=("$f")
done
grep -q '"first-view/cpa-2020/en.html"' dist/gdpr-fine-simulator.js || missing+=("the English first view inside gdpr-fine-simulator.js")
check embed_files_present $([ ${#missing[@]} = 0 ] && echo 0 || echo 1) "${missing[*]:-wasm, JS, CSS and the bundled first view measured}"
# The on-demand files are all there: a missing one would make a case or a language fail.
absent=()
for f in cases.json lang/nl.json lang/fr.json lang/de.json first-view/cpa-2020/nl.html first-view/amazon-fr-2023/fr.html first-view/haga-2019/de.html; do
    [ -s "dist/$f" ] || absent+=("$f")
done
check on_demand_files_present $([ ${#absent[@]} = 0 ] && echo 0 || echo 1) "${absent[*]:-case library, three languages, first views}"

# Custom sections of the wasm: names and DWARF must have been stripped.
sections=$(python3 - dist/gfs-widget_bg.wasm <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
def leb(i):
    n = shift = 0
    while True:
        b = data[i]; i += 1
        n |= (b & 0x7F) << shift; shift += 7
        if b < 0x80: return n, i
assert data[:4] == b"\0asm", "not a wasm module"
i, names = 8, []
while i < len(data):
    sid = data[i]; size, j = leb(i + 1)
    if sid == 0:
        ln, k = leb(j); names.append(data[k:k + ln].decode("utf-8", "replace"))
    i = j + size
print(" ".join(names))
PY
) || sections="unreadable"
bad=$(tr ' ' '\n' <<<"$sections" | grep -E '^(name|\.debug.*|sourceMappingURL|external_debug_info|unreadable)$' | tr '\n' ' ')
check wasm_has_no_debug_sections $([ -z "$bad" ] && echo 0 || echo 1) "custom sections: ${sections:-none}${bad:+; unwanted: $bad}"

status=ok; [ "$failed" = 0 ] || status=FAILED
echo "test result: $status. $passed passed; $failed failed; 0 ignored; 0 measured; 0 filtered out"
[ "$failed" = 0 ]
