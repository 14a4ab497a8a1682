//! Records in other formats: the Popolo, FollowTheMoney and schema.org JSON-LD exports, and
//! the Popolo import.

mod example;
mod ftm;
mod jsonld;
mod judges;
mod popolo;
