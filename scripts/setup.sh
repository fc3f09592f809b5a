#!/usr/bin/env bash
# Installs what `make serve`, `make dist` and `make test` need, skipping whatever is already there
# at the right version, so a second run costs seconds. Installs go to places that outlive a run:
# ~/.cargo/bin (cargo install), node_modules/ (npm ci), Debian packages (apt-get).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

TRUNK_VERSION=0.21.14
APT_UPDATED=0

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages not yet installed; `apt-get update` once, only if needed.
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$APT_UPDATED" = 0 ]; then
        log "apt-get update"
        as_root apt-get update -qq
        APT_UPDATED=1
    fi
    log "apt-get install ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Browser for the wasm and E2E tests; brotli for the size report of `make dist`; pdftotext
# (poppler-utils) reads the printed memo in the E2E test; openssl writes the package's integrity.
apt_install chromium chromium-driver brotli poppler-utils openssl

# The wasm32 standard library from rustup, or Debian's toolchain when that cannot download.
if [ "${WASM_FALLBACK:-0}" != 1 ] && ! rustup_has_wasm_std; then
    log "rustup target add wasm32-unknown-unknown"
    if ! rustup target add wasm32-unknown-unknown; then
        log "rustup could not add the wasm32 target: falling back to Debian's rustc-web"
        export WASM_FALLBACK=1
    fi
fi
if use_wasm_fallback; then
    apt_install rustc-web cargo-web rust-web-src lld-22
fi

# wasm-bindgen CLI (and its test runner) at exactly the locked version. No --locked: the CLI's own
# lock file once failed to resolve against the registry.
WBG_VERSION="$(wasm_bindgen_version)"
if [ -z "$WBG_VERSION" ]; then
    echo "setup: no wasm-bindgen entry in Cargo.lock" >&2
    exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ] \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    log "cargo install wasm-bindgen-cli --version $WBG_VERSION"
    cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# Trunk 0.21 (0.22 needs a newer rustc than the machine's stable).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "cargo install trunk --version $TRUNK_VERSION --locked"
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# JS test tools and binaryen's wasm-opt, exactly as package-lock.json pins them. The stamp is
# newer than the lock file only after a complete `npm ci`.
if [ ! -f node_modules/.setup-stamp ] || [ package-lock.json -nt node_modules/.setup-stamp ]; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules/.setup-stamp
fi

# Crates for every target, so that Trunk can build with --offline (it then cannot try to fetch
# anything itself).
cargo fetch --quiet

log "setup complete ($(wasm_mode) wasm toolchain; $(wasm-bindgen --version); $(trunk --version); wasm-opt $(wasm-opt --version | awk '{print $3}'))"
