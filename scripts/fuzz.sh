#!/usr/bin/env bash
# cargo-fuzz (libFuzzer, nightly Rust) on the two entry points that take text from outside:
#   scenario_json  - finesim_engine::codec::scenario_from_json, then finesim_engine::assess
#   share_link     - finesim_engine::share::decode (and encode/decode round trip)
# Each runs FUZZ_RUNS executions (default 10,000,000) from a corpus seeded with the presets,
# with debug assertions (integer overflow is a crash too), one process, at low priority.
#   scripts/fuzz.sh [TARGET...]     FUZZ_RUNS=N  FUZZ_MAX_TOTAL_TIME=seconds (0: no limit)
# Installs nightly's cargo-fuzz when missing (never done by `make test`). Logs go to
# target/fuzz/<target>.log; a crash leaves its input in fuzz/artifacts/<target>/ and fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

RUNS="${FUZZ_RUNS:-10000000}"
MAX_TIME="${FUZZ_MAX_TOTAL_TIME:-0}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scenario_json share_link)

if ! rustup toolchain list | grep -q '^nightly'; then
    log "rustup toolchain install nightly --profile minimal"
    rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    log "cargo install cargo-fuzz --locked"
    cargo +nightly install cargo-fuzz --locked
fi

# Seeds: every preset's scenario as JSON, and as a share link (v1. + base64url of compact JSON).
seed() {
    python3 - "$ROOT" <<'PY'
import base64, glob, json, os, sys
root = sys.argv[1]
for t in ("scenario_json", "share_link"):
    os.makedirs(f"{root}/fuzz/corpus/{t}", exist_ok=True)
for path in sorted(glob.glob(f"{root}/engine/presets/*.json")):
    name = os.path.basename(path)[:-5]
    scenario = json.load(open(path, encoding="utf-8"))["scenario"]
    pretty = json.dumps(scenario, ensure_ascii=False, indent=2)
    compact = json.dumps(scenario, ensure_ascii=False, separators=(",", ":"))
    open(f"{root}/fuzz/corpus/scenario_json/seed-{name}.json", "w", encoding="utf-8").write(pretty)
    link = "v1." + base64.urlsafe_b64encode(compact.encode()).decode().rstrip("=")
    open(f"{root}/fuzz/corpus/share_link/seed-{name}.txt", "w").write(link)
open(f"{root}/fuzz/corpus/scenario_json/seed-minimal.json", "w").write(
    '{"method":"ap-2019","infringements":[{"article":"32(1)","factors":{"a":{"effect":"aggravating","adjust":{"eur":"75000"}}}}],'
    '"proportionality":{"adjustment":{"can_bear_eur":"15000"}}}')
PY
}
seed

mkdir -p target/fuzz
failed=0
for t in "${targets[@]}"; do
    log "cargo +nightly fuzz run $t ($RUNS runs)"
    start=$SECONDS
    dict=()
    [ "$t" = scenario_json ] && dict=(-dict=scenario.dict)
    if (cd fuzz && nice -n 10 cargo +nightly fuzz run --debug-assertions --sanitizer none "$t" "corpus/$t" -- \
            -runs="$RUNS" -max_total_time="$MAX_TIME" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 "${dict[@]}") >"target/fuzz/$t.log" 2>&1; then
        status=ok
    else
        status=FAILED failed=$((failed + 1))
    fi
    execs=$(awk '/stat::number_of_executed_units:/ { print $2 }' "target/fuzz/$t.log" | tail -1)
    speed=$(awk '/stat::average_exec_per_sec:/ { print $2 }' "target/fuzz/$t.log" | tail -1)
    printf '%-14s %s: %s executions in %d s (%s/s)\n' "$t" "$status" "${execs:-?}" $((SECONDS - start)) "${speed:-?}"
    [ "$status" = ok ] || { grep -E 'panicked|ERROR|SUMMARY|artifact' "target/fuzz/$t.log" | head -20; }
done
echo "fuzz: $(( ${#targets[@]} - failed )) passed, $failed failed"
[ "$failed" = 0 ]
