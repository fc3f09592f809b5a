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
# The cases of the bar and the languages, as the widget has them (src/facts.rs).
fact() { node -e "const f = require('./target/facts.json'); const v = f[process.argv[1]]; console.log(Array.isArray(v) ? v.join(' ') : v)" "$1"; }
default_case=$(fact defaultCase)
grep -q "\"first-view/$default_case/en.html\"" dist/gdpr-fine-simulator.js || missing+=("the English first view inside gdpr-fine-simulator.js")
check embed_files_present $([ ${#missing[@]} = 0 ] && echo 0 || echo 1) "${missing[*]:-wasm, JS, CSS and the bundled first view measured}"
# The on-demand files are all there: a missing one would make a case or a language fail.
absent=()
on_demand=(cases.json)
for lang in $(fact languages); do
    [ "$lang" = en ] || on_demand+=("lang/$lang.json")
    for id in $(fact barCases); do
        [ "$id/$lang" = "$default_case/en" ] || on_demand+=("first-view/$id/$lang.html")
    done
done
for id in $(fact barCases); do
    [ "$id" = "$default_case" ] || on_demand+=("cases/$id.json")
done
for f in "${on_demand[@]}"; do
    [ -s "dist/$f" ] || absent+=("$f")
done
check on_demand_files_present $([ ${#absent[@]} = 0 ] && echo 0 || echo 1) "${absent[*]:-case library, the cases of the bar, three languages, first views}"

# Custom sections of the wasm: names and DWARF must have been stripped. Read by the WebAssembly
# runtime itself (WebAssembly.Module.customSections), which can only be asked for sections by
# name: the name section, source maps and the DWARF sections LLVM writes.
sections=$(node -e '
const m = new WebAssembly.Module(require("fs").readFileSync(process.argv[1]));
const dwarf = ["abbrev", "addr", "aranges", "frame", "info", "line", "line_str", "loc", "loclists", "macinfo", "macro", "pubnames", "pubtypes", "ranges", "rnglists", "str", "str_offsets", "types"];
const names = ["name", "sourceMappingURL", "external_debug_info", ...dwarf.map((d) => ".debug_" + d)];
console.log(names.filter((n) => WebAssembly.Module.customSections(m, n).length).join(" "));
' dist/gfs-widget_bg.wasm) || sections="unreadable"
bad=$(tr ' ' '\n' <<<"$sections" | grep -E '^(name|\.debug.*|sourceMappingURL|external_debug_info|unreadable)$' | tr '\n' ' ')
check wasm_has_no_debug_sections $([ -z "$bad" ] && echo 0 || echo 1) "custom sections: ${sections:-none}${bad:+; unwanted: $bad}"

status=ok; [ "$failed" = 0 ] || status=FAILED
echo "test result: $status. $passed passed; $failed failed; 0 ignored; 0 measured; 0 filtered out"
[ "$failed" = 0 ]
