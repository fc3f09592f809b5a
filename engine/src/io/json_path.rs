//! Where in a JSON text an error is, as a field path (`infringements[0].article`).
//!
//! serde_json reports a line and column; this walks the text up to that point and keeps the
//! stack of object keys and array indices. It replaces a path-tracking deserializer wrapper
//! (serde_path_to_error), which instantiated every visitor a second time and cost the wasm
//! about 15 KB brotli, for a job a few hundred bytes of scanning can do.

/// One open container while scanning.
enum Frame {
    /// An object and its latest key, if one has been read.
    Object(Option<String>),
    /// An array and the index of its current element, once one has begun.
    Array(Option<usize>),
}

/// Byte offset of serde_json's (1-based line, column) in `text`, clamped to its length.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.bytes().enumerate().filter(|&(_, b)| b == b'\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(text.len())
}

/// The path of the value being read at byte `offset` of `text`; empty at the top level.
pub fn path_at(text: &str, offset: usize) -> String {
    // serde_json's column counts bytes and may point inside a multi-byte character.
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let bytes = &text.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    // Whether the next string in an object is a key (after `{` or `,`), not a value.
    let mut expect_key = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let end = i.min(bytes.len());
                if expect_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(String::from_utf8_lossy(&bytes[start..end]).into_owned());
                    }
                    expect_key = false;
                } else {
                    begin_element(&mut stack);
                }
            }
            b'{' => {
                begin_element(&mut stack);
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => {
                begin_element(&mut stack);
                stack.push(Frame::Array(None));
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(_)) => expect_key = true,
                Some(Frame::Array(Some(n))) => *n += 1,
                _ => {}
            },
            b if !b.is_ascii_whitespace() && b != b':' => begin_element(&mut stack),
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array(Some(n)) => {
                path.push('[');
                path.push_str(&n.to_string());
                path.push(']');
            }
            _ => {}
        }
    }
    path
}

/// A value starts: in an array that had none yet, it is element 0.
fn begin_element(stack: &mut [Frame]) {
    if let Some(Frame::Array(index @ None)) = stack.last_mut() {
        *index = Some(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, marker: &str) -> String {
        path_at(text, text.find(marker).expect("marker") + marker.len())
    }

    #[test]
    fn keys_and_indices() {
        let t = r#"{"a": {"b": [1, {"c": "x"}, [5, 6]]}, "d": true}"#;
        assert_eq!(at(t, r#""a""#), "a");
        assert_eq!(at(t, "[1"), "a.b[0]");
        assert_eq!(at(t, r#""x""#), "a.b[1].c");
        assert_eq!(at(t, "[5, 6"), "a.b[2][1]");
        assert_eq!(at(t, "true"), "d");
        assert_eq!(path_at(t, 0), "");
    }

    #[test]
    fn quotes_and_brackets_inside_strings_do_not_count() {
        let t = r#"{"a": "x\"}, [,", "b": 7}"#;
        assert_eq!(at(t, "7"), "b");
    }

    #[test]
    fn lines_and_columns() {
        let t = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(&t[offset_of(t, 3, 4)..], "\": 2\n}");
        assert_eq!(offset_of(t, 9, 9), t.len());
        assert_eq!(offset_of(t, 1, 0), 0);
    }
}
