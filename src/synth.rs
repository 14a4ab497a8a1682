//! Synthetic datasets (being written).
