//! The engine's rooms point one way, as ARCHITECTURE.md's "may use" table says: every module
//! path a file names (`crate::…`, `super::…`, grouped `use crate::{…}`) is read, outside its
//! test modules; no module imports one that (through others) imports it back, inside a room or
//! between rooms; and a room uses only the rooms its row allows. Functions stay short enough to
//! read at once.

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
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code without its comments, strings and character literals (their text could hold a
/// brace or a path), and without `#[cfg(test)]` items.
fn code_of(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                out.push_str("\"\"");
                i += 1;
            }
            b'\''
                if b.get(i + 2) == Some(&b'\'')
                    || (b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'')) =>
            {
                i += if b[i + 1] == b'\\' { 4 } else { 3 };
                out.push_str("' '");
            }
            c => {
                out.push(c as char);
                i += 1;
            }
        }
    }
    without_test_items(&out)
}

/// Drops each `#[cfg(test)]` item: up to its `;` or through its braces.
fn without_test_items(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        let (mut depth, mut end) = (0usize, item.len());
        for (n, c) in item.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = n + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = n + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

/// Every module path in `code`, with `super::` resolved against `module` and groups expanded.
fn paths(code: &str, module: &str, is_folder: bool) -> Vec<String> {
    let mut out = Vec::new();
    let parent: Vec<&str> = {
        let mut p: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
        if !is_folder {
            p.pop();
        }
        p
    };
    for (prefix, base) in [("crate::", String::new()), ("super::", parent.join("::"))] {
        for (at, _) in code.match_indices(prefix) {
            if at > 0 && code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            expand(&base, &code[at + prefix.len()..], &mut out);
        }
    }
    out
}

/// `a::b::{c, d::e}` after `base` → `base::a::b::c`, `base::a::b::d::e`.
fn expand(base: &str, rest: &str, out: &mut Vec<String>) {
    let head: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
    let joined =
        [base, head.trim_end_matches(':')].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>();
    let here = joined.join("::");
    let after = &rest[head.len()..];
    if head.ends_with("::") && after.starts_with('{') {
        let mut depth = 0;
        let mut start = 1;
        for (n, c) in after.char_indices() {
            match c {
                '{' => depth += 1,
                '}' | ',' if depth == 1 => {
                    expand(&here, after[start..n].trim_start(), out);
                    start = n + 1;
                    if c == '}' {
                        return;
                    }
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
    } else {
        out.push(here);
    }
}

/// The longest known module a path names, if any.
fn module_named(path: &str, modules: &BTreeSet<String>) -> Option<String> {
    let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
    while !parts.is_empty() {
        let candidate = parts.join("::");
        if modules.contains(&candidate) {
            return Some(candidate);
        }
        parts.pop();
    }
    None
}

/// Module → the modules it names. lib.rs (the facade) and bin/ (the CLI) stand outside the rooms.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.retain(|f| !f.starts_with(src.join("bin")));
    let modules: BTreeSet<String> =
        files.iter().map(|f| module_of(&src, f)).filter(|m| !m.is_empty()).collect();
    let mut graph = BTreeMap::new();
    for f in &files {
        let m = module_of(&src, f);
        if m.is_empty() {
            continue;
        }
        let is_folder = f.file_name().is_some_and(|n| n == "mod.rs");
        let code = code_of(&std::fs::read_to_string(f).unwrap());
        let deps: BTreeSet<String> = paths(&code, &m, is_folder)
            .iter()
            .filter_map(|p| module_named(p, &modules))
            .filter(|d| *d != m)
            .collect();
        graph.insert(m, deps);
    }
    graph
}

/// A circle of `graph`, if it has one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
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
        if !done.insert(m.to_string()) {
            return None;
        }
        stack.push(m.to_string());
        for d in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(d, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|m| visit(m, graph, &mut Vec::new(), &mut done))
}

fn room(m: &str) -> String {
    m.split("::").next().unwrap_or(m).to_string()
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = module_graph();
    assert!(graph.len() >= 25, "{} modules read", graph.len());
    assert!(graph["calc::exposure"].contains("calc::run"), "the reader missed a path");
    if let Some(circle) = find_cycle(&graph) {
        panic!("import cycle: {}", circle.join(" → "));
    }
}

/// ARCHITECTURE.md's table: `| \`room/\` | holds | \`a\`, \`b\` |`, "—" for none, "all" for any.
fn may_use() -> BTreeMap<String, Option<BTreeSet<String>>> {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../ARCHITECTURE.md")).unwrap();
    let mut table = BTreeMap::new();
    for line in doc.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let name = cells[0].trim_matches('`').trim_end_matches('/').trim_end_matches(".rs").to_string();
        let allowed = cells.last().unwrap();
        let set = (*allowed != "all").then(|| {
            allowed
                .split(',')
                .map(|r| r.trim().trim_matches('`').to_string())
                .filter(|r| !r.is_empty() && r != "—")
                .collect()
        });
        table.insert(name, set);
    }
    table
}

#[test]
fn each_room_uses_only_what_the_architecture_allows() {
    let table = may_use();
    assert!(table.len() >= 6, "{table:?}");
    let mut rooms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, deps) in module_graph() {
        let r = room(&m);
        let allowed = table.get(&r).unwrap_or_else(|| panic!("room {r} is not in ARCHITECTURE.md's table"));
        for d in deps.iter().map(|d| room(d)).filter(|d| *d != r) {
            if let Some(allowed) = allowed {
                assert!(allowed.contains(&d), "{m} uses {d}, which ARCHITECTURE.md does not allow room {r}");
            }
            rooms.entry(r.clone()).or_default().insert(d);
        }
    }
    if let Some(circle) = find_cycle(&rooms) {
        panic!("rooms import each other: {}", circle.join(" → "));
    }
}

/// Functions short enough to read at once: none over 80 lines in the engine or the widget.
#[test]
fn no_function_is_longer_than_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../src"), &mut files);
    let mut long = Vec::new();
    for f in &files {
        let code = code_of(&std::fs::read_to_string(f).unwrap());
        let lines: Vec<&str> = code.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            let is_fn = t.starts_with("fn ")
                || t.starts_with("pub fn ")
                || t.starts_with("pub(crate) fn ")
                || t.starts_with("const fn ");
            if !is_fn || t.ends_with(';') {
                continue;
            }
            let (mut depth, mut opened) = (0i32, false);
            for (m, l) in lines[n..].iter().enumerate() {
                for c in l.chars() {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    opened |= c == '{';
                }
                if opened && depth <= 0 {
                    if m + 1 > 80 {
                        long.push(format!("{}:{} {} lines", f.display(), n + 1, m + 1));
                    }
                    break;
                }
            }
        }
    }
    assert!(long.is_empty(), "functions over 80 lines:\n{}", long.join("\n"));
}
