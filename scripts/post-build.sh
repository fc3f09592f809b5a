#!/usr/bin/env bash
# Trunk's post-build hook, on the staging folder that becomes dist/:
#  1. the cases: each file of engine/presets/ as cases/<id>.json, and all of them in one JSON
#     array, cases.json, beside the wasm. The widget compiles in only its default case; it reads
#     a case's own file when a user or a page first opens another case, and the library when
#     the library or the comparable decisions are first shown (src/files.rs). The CLI and the
#     tests compile every case in (the engine's `bundled-cases` feature).
#  2. the demo page loads the widget the way an embedding site does, through the embed script
#     (which shows the first view before the wasm arrives), not through Trunk's own loader:
#     Trunk's inline loader script and its preload links are taken out (Trunk's preloads, at
#     full priority, shared the phone's bandwidth with the embed script and delayed the first
#     view). The page's own hint, with fetchpriority="low", stays. Edited here because Trunk
#     0.21 has no option to build the wasm without writing its loader into the page.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir="${TRUNK_STAGING_DIR:-dist}"
{
    printf '['
    sep=''
    for f in engine/presets/*.json; do
        printf '%s' "$sep"
        cat "$f"
        sep=','
    done
    printf ']\n'
} >"$dir/cases.json.tmp"
mv "$dir/cases.json.tmp" "$dir/cases.json"
rm -rf "$dir/cases" && mkdir -p "$dir/cases"
python3 - "$dir/cases" engine/presets/*.json <<'PY'
import json, os, shutil, sys
# The widget asks for a case by its id (the file's name in the compiled-in index): the file must
# be the case of that id.
for path in sys.argv[2:]:
    stem = os.path.basename(path)[:-len(".json")]
    if json.load(open(path, encoding="utf-8")).get("id") != stem:
        sys.exit(f"post-build: {path} holds a case whose id is not {stem}")
    shutil.copyfile(path, os.path.join(sys.argv[1], stem + ".json"))
PY

python3 - "$dir/index.html" <<'PY'
import re, sys
path = sys.argv[1]
html = open(path, encoding="utf-8").read()
loader = re.compile(r"<script type=\"module\">\s*import init, \* as bindings from '[^']*gfs-widget\.js';.*?</script>", re.S)
html, n = loader.subn("", html)
if n != 1 and "gdpr-fine-simulator.js" in html:
    sys.exit("post-build: Trunk's loader script was not found in index.html (has Trunk's output changed?)")
preloads = re.compile(r"<link rel=\"(?:modulepreload|preload)\" href=\"[^\"]*gfs-widget[^\"]*\"(?![^>]*fetchpriority)[^>]*>")
html = preloads.sub("", html)
open(path, "w", encoding="utf-8").write(html)
PY
