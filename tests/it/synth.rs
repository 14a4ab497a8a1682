//! Round trips and the synthetic generator.
