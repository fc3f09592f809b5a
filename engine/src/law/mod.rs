//! The law as data: every legal number and citation (`tables`), GDPR articles and their tier
//! and AP category (`articles`), the Art. 83(2) factors (`factors`). Facts, no arithmetic.

pub mod articles;
pub mod factors;
pub mod methods;
pub mod tables;
