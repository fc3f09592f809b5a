//! The GDPR fine simulator widget (Yew, compiled to WebAssembly).
