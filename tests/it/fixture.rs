//! Tests of the Geneva 2024 fixture.
