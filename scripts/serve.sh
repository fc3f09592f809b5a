#!/usr/bin/env bash
# Development server: Trunk builds the widget (debug, fast to rebuild), serves the demo page and
# rebuilds and reloads it on every change. Its own output dir leaves the optimised dist/ alone.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
# The language files (target/lang/, copied by Trunk): a native build, before the wasm fallback
# (if any) takes over `cargo`. Rerun `make serve` after changing a translation.
cargo run -q --offline -p gfs-widget --example export_languages -- target
if use_wasm_fallback; then enable_wasm_fallback; fi

ADDRESS="${ADDRESS:-127.0.0.1}"
PORT="${PORT:-8080}"
offline=(--offline)
[ "$(wasm_mode)" = fallback ] && offline=()
log "serving the demo page at http://$ADDRESS:$PORT/ (Ctrl-C stops it)"
exec trunk serve "${offline[@]}" --address "$ADDRESS" --port "$PORT" --disable-address-lookup --dist target/serve-dist
