//! Countries by their ISO 3166-1 alpha-2 codes, as case files write them: the EEA's and the
//! United Kingdom's, the places whose decisions the library holds or will hold.

use serde::{Deserialize, Serialize};

macro_rules! countries {
    ($($code:ident),* $(,)?) => {
        /// A country by its code ("NL"); the variant's name is the code on the wire.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
        #[allow(clippy::upper_case_acronyms)]
        pub enum Country {
            $($code),*
        }

        impl Country {
            pub const ALL: &'static [Country] = &[$(Country::$code),*];
        }
    };
}

countries!(
    AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GB, GR, HR, HU, IE, IS, IT, LI, LT, LU, LV, MT, NL, NO, PL,
    PT, RO, SE, SI, SK,
);

impl Country {
    /// "NL".
    pub fn code(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    pub fn from_code(code: &str) -> Option<Country> {
        crate::schema::wire::from_wire(code)
    }
}

impl std::fmt::Display for Country {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
