#!/usr/bin/env bash
# Every test suite, in order: formatting and clippy, native Rust, wasm in headless Chromium,
# end-to-end on the built site, and the size guard (the built embed within 5 % of perf/size-budget.txt). All suites run even when one fails, so one report shows everything; the exit status is
# non-zero if any failed. The last lines are the E2E runner's summary and a total over all suites.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

bash scripts/setup.sh || { echo "setup failed"; exit 1; }

LOGS="target/test-logs"
mkdir -p "$LOGS"
passed=0 failed=0 broken=()

# Runs one suite, echoing its output, and adds its counts to the totals. A suite that exits
# non-zero without reporting a failed test (it did not compile, the browser did not start) still
# counts as one failure, so a broken suite can never look green.
run_suite() {
    local name="$1" counter="$2"; shift 2
    log "$name: $*"
    "$@" 2>&1 | tee "$LOGS/$name.log"
    local rc=${PIPESTATUS[0]}
    local p f
    read -r p f < <("$counter" "$LOGS/$name.log")
    passed=$((passed + p)) failed=$((failed + f))
    if [ "$rc" != 0 ]; then
        broken+=("$name")
        [ "$f" = 0 ] && failed=$((failed + 1))
    fi
}

# libtest and wasm-bindgen-test-runner: "test result: ok. 7 passed; 0 failed; ..."
count_libtest() {
    awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
         END { print p + 0, f + 0 }' "$1"
}

# scripts/lint.sh: "lint: ok fmt" / "lint: FAILED clippy"
count_lint() {
    awk '/^lint: ok / { p++ } /^lint: FAILED / { f++ } END { print p + 0, f + 0 }' "$1"
}

# node --test with the TAP reporter: "# pass 3" / "# fail 0"
count_tap() {
    awk '/^# pass / { p += $3 } /^# fail / { f += $3 } END { print p + 0, f + 0 }' "$1"
}

wasm_tests() {
    (
        if use_wasm_fallback; then enable_wasm_fallback; fi
        cargo test -p gfs-widget --target wasm32-unknown-unknown --tests
    )
}

e2e_tests() {
    bash scripts/build-dist.sh && node --test --test-reporter=tap tests/e2e/*.test.mjs
}

run_suite lint count_lint bash scripts/lint.sh
run_suite native count_libtest cargo test --workspace --no-fail-fast
run_suite wasm count_libtest wasm_tests
run_suite e2e count_tap e2e_tests
run_suite size count_libtest bash scripts/size-guard.sh

[ ${#broken[@]} -gt 0 ] && echo "failing suites: ${broken[*]}"
echo "total: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ ${#broken[@]} -eq 0 ]
