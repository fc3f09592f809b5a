//! The one scenario schema (`scenario`), what an assessment returns (`assessment`), and the
//! error that names the field it concerns (`error`).

pub mod assessment;
pub mod cite;
pub mod country;
pub mod currency;
pub mod error;
pub mod lang;
pub mod scenario;
pub mod wire;
