//! The engine's rooms point one way: no module imports a module that (through others) imports
//! it back. Read from the sources, so that a new `use` that closes a circle fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// `src/calc/edpb.rs` → `calc::edpb`; `src/calc/mod.rs` → `calc`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> =
        rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts.join("::")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bin") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::a::b…` path in the file outside its tests, reduced to the longest known module.
fn imports(text: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let path: String =
            rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        while !parts.is_empty() {
            let candidate = parts.join("::");
            if modules.contains(&candidate) {
                out.insert(candidate);
                break;
            }
            parts.pop();
        }
    }
    out
}

#[test]
fn the_module_graph_has_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> =
        files.iter().map(|f| module_of(&src, f)).filter(|m| !m.is_empty()).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let m = module_of(&src, f);
        if m.is_empty() {
            continue; // lib.rs, the facade, only re-exports
        }
        let text = std::fs::read_to_string(f).unwrap();
        // A folder's mod.rs declaring its children is not an import of them.
        let deps = imports(&text, &modules)
            .into_iter()
            .filter(|d| *d != m && !d.starts_with(&format!("{m}::")))
            .collect();
        graph.insert(m, deps);
    }
    // Depth-first search for a back edge, reporting the circle it closes.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(pos) = stack.iter().position(|s| s == m) {
            let mut circle = stack[pos..].to_vec();
            circle.push(m.to_string());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        stack.push(m.to_string());
        for d in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(d, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(circle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("import cycle: {}", circle.join(" → "));
        }
    }
    assert!(graph.len() >= 20, "{} modules read", graph.len());
    // The rooms too (schema, law, arith, text, calc, io): arrows between folders point one way.
    let room = |m: &str| m.split("::").next().unwrap_or(m).to_string();
    let mut rooms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, deps) in &graph {
        let entry = rooms.entry(room(m)).or_default();
        entry.extend(deps.iter().map(|d| room(d)).filter(|d| *d != room(m)));
    }
    let mut done = BTreeSet::new();
    for r in rooms.keys() {
        if let Some(circle) = visit(r, &rooms, &mut Vec::new(), &mut done) {
            panic!("rooms import each other: {}", circle.join(" → "));
        }
    }
}
