//! JSON Schema export (being written).
