#!/usr/bin/env bash
# `make bench`: the performance figures of docs/performance.md, measured on this machine.
#   1. bytes the embed loads (wasm, JS, CSS: raw, gzip, brotli), beside an empty Yew app built
#      with the same profile and wasm-opt flags (perf/empty-app), and the ratio;
#   2. first render in headless Chromium on 127.0.0.1 (cold loads; median, p95);
#   3. input change → updated result in the DOM (median, p95);
#   4. the engine's time per scenario (criterion, engine/benches/assess.rs);
#   5. first load on a phone profile (40 ms latency, 10 Mbit/s, CPU 4x slower; files brotli-
#      compressed as from a CDN): bytes per file, time to the first result and to the frame that
#      shows it, the post-mount task; dist/ beside target/perf/baseline-dist (a copy of an
#      earlier dist/) when that exists (tests/perf/phone-bench.mjs).
# Figures, not pass/fail: timings vary with the machine and its load. The size *budget* is
# checked by `make test` (scripts/size-guard.sh). Results also go to target/perf/bench-*.
#   BENCH_SKIP="engine browser phone" skips parts; RENDER_RUNS / INTERACTION_RUNS / PHONE_RUNS
#   change the counts.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
skip=" ${BENCH_SKIP:-} "
mkdir -p target/perf
date -u +"bench on $(nproc) cores, %Y-%m-%d %H:%M UTC, rustc $(rustc --version | cut -d' ' -f2), $(chromium --version 2>/dev/null || echo chromium)"

log "1. size: the widget (make dist) and an empty Yew app (same profile and wasm-opt flags)"
nice bash scripts/build-dist.sh >target/perf/build-dist.log 2>&1 || { tail -30 target/perf/build-dist.log; exit 1; }
nice bash scripts/build-empty-app.sh >/dev/null
bash scripts/embed-sizes.sh dist | tee target/perf/bench-size-widget.txt
echo
bash scripts/embed-sizes.sh target/perf/empty-dist | tee target/perf/bench-size-empty.txt
read -r _ wr wg wb < <(tail -1 target/perf/bench-size-widget.txt)
read -r _ er eg eb < <(tail -1 target/perf/bench-size-empty.txt)
budget=$(awk '!/^#/ && $1 == "first-load" { print $2; exit }' perf/size-budget.txt)
echo
printf '%-40s %10s %10s %10s\n' "embed total" raw gzip brotli
printf '%-40s %10d %10d %10d\n' "widget" "$wr" "$wg" "$wb"
printf '%-40s %10d %10d %10d\n' "empty Yew app" "$er" "$eg" "$eb"
printf '%-40s %10s %10s %10s\n' "widget / empty" "$(awk "BEGIN{printf \"%.2fx\", $wr/$er}")" \
    "$(awk "BEGIN{printf \"%.2fx\", $wg/$eg}")" "$(awk "BEGIN{printf \"%.2fx\", $wb/$eb}")"
printf '%-40s %10s %10s %10d\n' "our own code (widget − empty)" $((wr - er)) $((wg - eg)) $((wb - eb))
printf 'first load (until the widget answers input): %.1f KiB; budget (perf/size-budget.txt): %s B\n' "$(awk "BEGIN{print $wb/1024}")" "$budget"
echo
bash scripts/embed-sizes.sh dist first-view | tee target/perf/bench-size-first-view.txt
read -r _ _ _ fv < <(tail -1 target/perf/bench-size-first-view.txt)
printf 'goal: until the result shows ≤ 150 KiB (153600 B) brotli, moonshot ≤ 90 KiB: %s (%.1f KiB)\n' \
    "$([ "$fv" -le 92160 ] && echo "met, moonshot too" || { [ "$fv" -le 153600 ] && echo met || echo NOT met; })" "$(awk "BEGIN{print $fv/1024}")"
echo
bash scripts/embed-sizes.sh dist on-demand | tee target/perf/bench-size-on-demand.txt

if [[ "$skip" != *" browser "* ]]; then
    echo
    log "2./3. browser: first render and interaction latency (headless Chromium, 127.0.0.1)"
    node tests/perf/browser-bench.mjs --site dist --json target/perf/bench-browser.json
    echo
    node tests/perf/browser-bench.mjs --site target/perf/empty-dist --render-only --json target/perf/bench-browser-empty.json
    echo "goals: first render median ≤ 100 ms; interaction p95 ≤ 16 ms"
fi

if [[ "$skip" != *" engine "* ]]; then
    echo
    log "4. engine: time per scenario (criterion; cargo bench -p finesim-engine --bench assess)"
    nice cargo bench -q -p finesim-engine --bench assess 2>&1 | tee target/perf/bench-engine.log \
        | awk '/time:/ { gsub(/\[|\]/, ""); name = prev; if ($1 != "time:") { name = $1 " " $2; } print name ": " $(NF-3) " " $(NF-2) " (criterion estimate; 95 % CI " $(NF-5) " " $(NF-4) " – " $(NF-1) " " $NF ")" } { if ($0 !~ /time:/ && NF) prev = $0 }'
    echo "goal: ≤ 2 µs per scenario"
fi

if [[ "$skip" != *" phone "* ]]; then
    echo
    log "5. first load on a phone profile (tests/perf/phone-bench.mjs; PHONE_RUNS rounds, default 20)"
    sites=(--site dist)
    if [ -d target/perf/baseline-dist ]; then sites=(--site baseline=target/perf/baseline-dist --site dist); fi
    node tests/perf/phone-bench.mjs "${sites[@]}" --json target/perf/bench-phone.json
fi
