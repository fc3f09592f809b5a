#!/usr/bin/env bash
# The style and lint checks of `make test`: `cargo fmt --check` (rustfmt.toml) and clippy with
# warnings as errors, natively over every target and for the widget's wasm build. One line per
# check, "lint: ok NAME" or "lint: FAILED NAME", which scripts/test.sh counts.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

status=0
check() {
    local name="$1"; shift
    if "$@"; then
        echo "lint: ok $name"
    else
        echo "lint: FAILED $name"
        status=1
    fi
}

check fmt cargo fmt --all -- --check
check clippy cargo clippy --workspace --all-targets -- -D warnings
if ! use_wasm_fallback; then
    check clippy-wasm cargo clippy -p gfs-widget --no-default-features --target wasm32-unknown-unknown -- -D warnings
fi
exit $status
