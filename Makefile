# The two commands of the README are `make serve` and `make test`; the scripts hold the logic.
# Each target installs what is missing first (scripts/setup.sh), and skips what is present.

.PHONY: help setup serve test dist package test-lint test-native test-wasm test-e2e test-size sizes bench fuzz

help:
	@echo "make serve  - build the widget and serve the demo page at http://127.0.0.1:8080"
	@echo "make test   - run every test: native Rust, wasm in headless Chromium, end-to-end"
	@echo "make dist   - optimised build into dist/, with file sizes raw, gzip and brotli"
	@echo "make package - the npm package (target/package/*.tgz) and the embed snippet with its integrity"
	@echo "make setup  - only install the tools (done by the targets above anyway)"
	@echo "make bench  - sizes (vs an empty Yew app), first render, interaction latency, engine time"
	@echo "make fuzz   - cargo-fuzz, 10 million runs per target (FUZZ_RUNS=N; installs cargo-fuzz)"
	@echo "WASM_FALLBACK=1 forces Debian's rustc-web toolchain for the wasm build"

setup:
	@bash scripts/setup.sh

serve: setup
	@bash scripts/serve.sh

test:
	@bash scripts/test.sh

dist: setup
	@bash scripts/build-dist.sh

package: setup
	@bash scripts/package.sh

sizes:
	@bash scripts/sizes.sh dist

# Single suites, for a quicker loop while working on one of them.
test-lint: setup
	@bash scripts/lint.sh

test-native: setup
	cargo test --workspace --no-fail-fast

test-wasm: setup
	@bash -c 'source scripts/env.sh; if use_wasm_fallback; then enable_wasm_fallback; fi; \
		cargo test -p gfs-widget --target wasm32-unknown-unknown --tests'

test-e2e: dist
	@bash -c 'source scripts/env.sh; node --test --test-reporter=tap tests/e2e/*.test.mjs'

test-size: setup
	@bash scripts/size-guard.sh

# Figures for README "Performance"; not part of `make test` (timings are not pass/fail).
bench: setup
	@bash scripts/bench.sh

fuzz: setup
	@bash scripts/fuzz.sh
