//! (being moved here)

mod sqlite;
