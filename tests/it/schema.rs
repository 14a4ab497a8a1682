//! The JSON Schema against an independent validator.
