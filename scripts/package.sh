#!/usr/bin/env bash
# `make package`: the widget as an npm package, from the optimised build — the embed script as
# its entry, the glue, the wasm, the stylesheet, the language files, the first views, the case
# library, the TypeScript types, a README for embedders and the licence — packed with `npm pack`
# into target/package/gdpr-fine-simulator-VERSION.tgz. The version is the widget's (Cargo.toml),
# the same the widget exports and the memo prints. Prints the embed snippet with the script's
# SHA-384 integrity.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

bash scripts/build-dist.sh >target/package-build.log 2>&1 || { tail -30 target/package-build.log; exit 1; }
version=$(node -e 'console.log(JSON.parse(require("fs").readFileSync("target/facts.json","utf8")).version)')
out=target/package/gdpr-fine-simulator
rm -rf target/package && mkdir -p "$out"
cp dist/gdpr-fine-simulator.js dist/gfs-widget.js dist/gfs-widget_bg.wasm dist/widget.css dist/cases.json "$out/"
cp -r dist/lang dist/first-view dist/cases "$out/"
cp www/gdpr-fine-simulator.d.ts packaging/README.md CHANGELOG.md LICENSE LICENSE-MIT "$out/"
VERSION="$version" node -e '
const pkg = {
  name: "gdpr-fine-simulator",
  version: process.env.VERSION,
  description: "GDPR fine simulator widget: the EDPB Guidelines 04/2022 and the Dutch AP 2019 rules, step by step, beside real decisions.",
  license: "MIT OR Apache-2.0",
  type: "module",
  module: "./gdpr-fine-simulator.js",
  types: "./gdpr-fine-simulator.d.ts",
  exports: { ".": { types: "./gdpr-fine-simulator.d.ts", default: "./gdpr-fine-simulator.js" }, "./*": "./*" },
  sideEffects: true,
  keywords: ["gdpr", "fine", "edpb", "webassembly", "web-component"],
};
require("fs").writeFileSync(process.argv[1], JSON.stringify(pkg, null, 2) + "\n");
' "$out/package.json"
(cd target/package && npm pack ./gdpr-fine-simulator --pack-destination . --silent >/dev/null)
tarball="target/package/gdpr-fine-simulator-$version.tgz"
[ -f "$tarball" ] || { echo "package: $tarball was not written"; exit 1; }
integrity="sha384-$(openssl dgst -sha384 -binary "$out/gdpr-fine-simulator.js" | openssl base64 -A)"
echo "$integrity" >target/package/integrity.txt
log "package: $tarball"
cat <<SNIPPET
<script type="module" src="https://…/gdpr-fine-simulator@$version/gdpr-fine-simulator.js"
        integrity="$integrity" crossorigin="anonymous"></script>
<gdpr-fine-simulator preset="cpa-2020"></gdpr-fine-simulator>
SNIPPET
