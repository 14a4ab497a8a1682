//! Word lists the generator draws names, titles and places from, and the spellings it derives
//! from names: slugs for ids, acronyms, spellings without accents, Cyrillic ones.
//!
//! Reads: names. Makes: strings. Every fold of a name goes through [`folded`], the one call of
//! the library's fold.
//!
//! The organizations are fictional: the hubs are invented intergovernmental bodies, and other
//! names are put together from themes and places, so no real body is credited with an event
//! that did not happen.

/// A city and the ISO code of its country.
pub(crate) const CITIES: &[(&str, &str)] = &[
    ("Geneva", "CH"),
    ("Vienna", "AT"),
    ("New York", "US"),
    ("Astana", "KZ"),
    ("Brussels", "BE"),
    ("Paris", "FR"),
    ("Bangkok", "TH"),
    ("Nairobi", "KE"),
    ("Rome", "IT"),
    ("Beijing", "CN"),
    ("Moscow", "RU"),
    ("Ankara", "TR"),
    ("Tashkent", "UZ"),
    ("Baku", "AZ"),
    ("Dushanbe", "TJ"),
    ("Bishkek", "KG"),
    ("Ashgabat", "TM"),
    ("Tehran", "IR"),
    ("Islamabad", "PK"),
    ("New Delhi", "IN"),
    ("Dhaka", "BD"),
    ("Jakarta", "ID"),
    ("Manila", "PH"),
    ("Hanoi", "VN"),
    ("Seoul", "KR"),
    ("Tokyo", "JP"),
    ("Ulaanbaatar", "MN"),
    ("Cairo", "EG"),
    ("Doha", "QA"),
    ("Riyadh", "SA"),
    ("Abu Dhabi", "AE"),
    ("Amman", "JO"),
    ("Berlin", "DE"),
    ("London", "GB"),
    ("Madrid", "ES"),
    ("Warsaw", "PL"),
    ("Prague", "CZ"),
    ("Budapest", "HU"),
    ("Stockholm", "SE"),
    ("Oslo", "NO"),
    ("Copenhagen", "DK"),
    ("Helsinki", "FI"),
    ("Reykjavík", "IS"),
    ("Addis Ababa", "ET"),
    ("Dakar", "SN"),
    ("Abuja", "NG"),
    ("Pretoria", "ZA"),
    ("Brasília", "BR"),
    ("Buenos Aires", "AR"),
    ("Mexico City", "MX"),
    ("Ottawa", "CA"),
    ("Canberra", "AU"),
    ("Kuala Lumpur", "MY"),
    ("Singapore", "SG"),
    ("Colombo", "LK"),
    ("Kathmandu", "NP"),
    ("Yerevan", "AM"),
    ("Tbilisi", "GE"),
    ("Minsk", "BY"),
    ("Kyiv", "UA"),
    ("Chișinău", "MD"),
    ("Belgrade", "RS"),
    ("Athens", "GR"),
    ("Nicosia", "CY"),
    ("Lima", "PE"),
    ("Bogotá", "CO"),
    ("Santiago", "CL"),
    ("Quito", "EC"),
    ("La Paz", "BO"),
    ("Rabat", "MA"),
    ("Tunis", "TN"),
    ("Accra", "GH"),
    ("Kampala", "UG"),
    ("Lusaka", "ZM"),
    ("Niamey", "NE"),
    ("Bamako", "ML"),
    ("Ouagadougou", "BF"),
    ("N'Djamena", "TD"),
    ("Wellington", "NZ"),
    ("Phnom Penh", "KH"),
    ("Vientiane", "LA"),
    ("Thimphu", "BT"),
    ("Malé", "MV"),
    ("Muscat", "OM"),
    ("Kuwait City", "KW"),
    ("Manama", "BH"),
    ("Baghdad", "IQ"),
    ("Tallinn", "EE"),
    ("Riga", "LV"),
    ("Vilnius", "LT"),
];

/// An invented intergovernmental organization around which much of the cooperation turns.
#[derive(Debug)]
pub(crate) struct HubDef {
    pub(crate) acronym: &'static str,
    pub(crate) name: &'static str,
    pub(crate) name_fr: &'static str,
    pub(crate) name_ru: &'static str,
    /// The seat, one of the [`CITIES`].
    pub(crate) city: &'static str,
    pub(crate) founded: i32,
    pub(crate) council: &'static str,
    /// The secretariat head's title before and after `renamed` (a year).
    pub(crate) head_titles: (&'static str, &'static str),
    pub(crate) renamed: i32,
    pub(crate) advisory: &'static str,
    pub(crate) network: &'static str,
}

pub(crate) const HUBS: &[HubDef] = &[
    HubDef {
        acronym: "CDCE",
        name: "Conference on Dialogue and Confidence in Eurasia",
        name_fr: "Conférence sur le dialogue et la confiance en Eurasie",
        name_ru: "Совещание по диалогу и доверию в Евразии",
        city: "Astana",
        founded: 1993,
        council: "Council of Ministers of Foreign Affairs",
        head_titles: ("Executive Director", "Secretary General"),
        renamed: 2022,
        advisory: "Business Council",
        network: "Network of Leading Universities",
    },
    HubDef {
        acronym: "CBSCO",
        name: "Caspian and Black Sea Cooperation Organization",
        name_fr: "Organisation de coopération de la mer Caspienne et de la mer Noire",
        name_ru: "Организация сотрудничества Каспийского и Черного морей",
        city: "Baku",
        founded: 1996,
        council: "Council of Ministers",
        head_titles: ("Director General", "Secretary General"),
        renamed: 2010,
        advisory: "Youth Council",
        network: "Think Tank Network",
    },
    HubDef {
        acronym: "IPPR",
        name: "Indo-Pacific Partnership for Resilience",
        name_fr: "Partenariat indo-pacifique pour la résilience",
        name_ru: "Индо-Тихоокеанское партнерство за устойчивость",
        city: "Bangkok",
        founded: 1998,
        council: "Ministerial Council",
        head_titles: ("Executive Secretary", "Secretary General"),
        renamed: 2016,
        advisory: "Advisory Board of Eminent Persons",
        network: "Disaster Risk Research Network",
    },
    HubDef {
        acronym: "CSSS",
        name: "Council of Sahel and Savanna States",
        name_fr: "Conseil des États du Sahel et de la Savane",
        name_ru: "Совет государств Сахеля и саванны",
        city: "Dakar",
        founded: 1991,
        council: "Assembly of the Council",
        head_titles: ("Executive Secretary", "President of the Commission"),
        renamed: 2013,
        advisory: "Economic and Social Council",
        network: "Network of Water Authorities",
    },
    HubDef {
        acronym: "NDCC",
        name: "Northern Dimension Cooperation Council",
        name_fr: "Conseil de coopération de la dimension septentrionale",
        name_ru: "Совет сотрудничества Северного измерения",
        city: "Oslo",
        founded: 1997,
        council: "Committee of Senior Officials",
        head_titles: ("Head of Secretariat", "Director General"),
        renamed: 2019,
        advisory: "Parliamentary Forum",
        network: "Arctic Research Network",
    },
    HubDef {
        acronym: "AAIC",
        name: "Andean-Amazonian Integration Community",
        name_fr: "Communauté d'intégration andine et amazonienne",
        name_ru: "Андско-Амазонское интеграционное сообщество",
        city: "Lima",
        founded: 1995,
        council: "Council of Foreign Ministers",
        head_titles: ("Secretary General", "Secretary General"),
        renamed: 2000,
        advisory: "Business Advisory Council",
        network: "University Network",
    },
];

/// A dimension every hub defines.
#[derive(Debug)]
pub(crate) struct DimensionDef {
    /// Ends the dimension's id.
    pub(crate) key: &'static str,
    pub(crate) name: &'static str,
    pub(crate) description: &'static str,
    /// The priority areas, dimensions within it.
    pub(crate) areas: &'static [&'static str],
}

/// The five dimensions every hub defines, each with a description and priority areas.
pub(crate) const DIMENSIONS: &[DimensionDef] = &[
    DimensionDef {
        key: "military-political",
        name: "Military-Political Dimension",
        description: "Confidence-building measures in the military and political field.",
        areas: &["Arms Control", "Military Transparency", "Border Security"],
    },
    DimensionDef {
        key: "new-threats",
        name: "New Challenges and Threats",
        description: "Terrorism, drug trafficking, cybersecurity and other threats that cross borders.",
        areas: &["Counter-Terrorism", "Drug Trafficking", "Cybersecurity"],
    },
    DimensionDef {
        key: "economic",
        name: "Economic Dimension",
        description: "Trade, transport, energy and finance.",
        areas: &[
            "Energy Security",
            "Transport Corridors",
            "Small and Medium Enterprises",
        ],
    },
    DimensionDef {
        key: "environmental",
        name: "Environmental Dimension",
        description: "Climate, water, disasters and the environment.",
        areas: &[
            "Water Resources",
            "Climate Adaptation",
            "Disaster Risk Reduction",
        ],
    },
    DimensionDef {
        key: "human",
        name: "Human Dimension",
        description: "Migration, culture, education, health and the rights of people.",
        areas: &["Labour Migration", "Youth and Education", "Public Health"],
    },
];

/// Dimensions of other intergovernmental organizations, as the OSCE's three.
pub(crate) const SMALL_DIMENSIONS: &[(&str, &str)] = &[
    ("politico-military", "Politico-Military Dimension"),
    (
        "economic-environmental",
        "Economic and Environmental Dimension",
    ),
    ("human", "Human Dimension"),
];

/// Themes of work, with a French rendering.
pub(crate) const THEMES: &[(&str, &str)] = &[
    ("Migration", "les migrations"),
    ("Water", "l'eau"),
    (
        "Disaster Risk Reduction",
        "la réduction des risques de catastrophe",
    ),
    ("Drug Control", "le contrôle des drogues"),
    ("Trade and Development", "le commerce et le développement"),
    ("Children", "l'enfance"),
    ("Refugees", "les réfugiés"),
    ("Health", "la santé"),
    ("Labour", "le travail"),
    ("Food Security", "la sécurité alimentaire"),
    ("Education", "l'éducation"),
    ("Telecommunications", "les télécommunications"),
    ("Civil Aviation", "l'aviation civile"),
    ("Maritime Affairs", "les affaires maritimes"),
    ("Meteorology", "la météorologie"),
    ("Industrial Development", "le développement industriel"),
    ("Human Settlements", "les établissements humains"),
    ("Environment", "l'environnement"),
    ("Energy", "l'énergie"),
    ("Transport", "les transports"),
    ("Tourism", "le tourisme"),
    ("Culture", "la culture"),
    ("Science", "la science"),
    ("Gender Equality", "l'égalité des sexes"),
    ("Human Rights", "les droits de l'homme"),
    ("Counter-Terrorism", "la lutte contre le terrorisme"),
    ("Cybersecurity", "la cybersécurité"),
    ("Peacebuilding", "la consolidation de la paix"),
    ("Mine Action", "l'action contre les mines"),
    ("Statistics", "la statistique"),
    ("Youth", "la jeunesse"),
    ("Anti-Corruption", "la lutte contre la corruption"),
    ("Ocean Affairs", "les affaires océaniques"),
    ("Desertification", "la désertification"),
    ("Biodiversity", "la biodiversité"),
    ("Digital Cooperation", "la coopération numérique"),
    ("Nuclear Safety", "la sûreté nucléaire"),
    ("Financial Inclusion", "l'inclusion financière"),
    ("Security Policy", "la politique de sécurité"),
    ("Mediation", "la médiation"),
];

/// Regions that qualify organization names.
pub(crate) const REGIONS: &[&str] = &[
    "Eurasian",
    "Asian",
    "Central Asian",
    "South Asian",
    "African",
    "West African",
    "Arab",
    "European",
    "Nordic",
    "Baltic",
    "Mediterranean",
    "Latin American",
    "Caribbean",
    "Pacific",
    "Global",
    "International",
];

/// Ministries of a government.
pub(crate) const PORTFOLIOS: &[&str] = &[
    "Economy",
    "Health",
    "Environment",
    "Interior",
    "Defence",
    "Education",
    "Labour and Social Protection",
    "Energy",
    "Transport",
    "Justice",
    "Culture",
    "Agriculture",
    "Emergency Situations",
    "Digital Development",
    "Finance",
    "Trade",
];

/// Topics of discussion, which double as MoUs' areas of cooperation.
pub(crate) const TOPICS: &[&str] = &[
    "regular migration pathways",
    "labour migration",
    "capacity building",
    "regional connectivity",
    "counter-terrorism cooperation",
    "drug trafficking routes",
    "water management",
    "climate adaptation",
    "disaster preparedness",
    "energy security",
    "transport corridors",
    "food security",
    "public health emergencies",
    "youth exchanges",
    "cultural heritage",
    "cybersecurity",
    "border management",
    "trade facilitation",
    "digital transformation",
    "gender equality",
    "preventive diplomacy",
    "mediation support",
    "statistics and data",
    "tourism promotion",
    "small and medium enterprises",
    "green finance",
    "the rights of refugees",
    "mine action",
    "nuclear safety",
    "early warning systems",
];

/// Given names that have a Cyrillic spelling.
pub(crate) const GIVEN_EURASIAN: &[&str] = &[
    "Kairat", "Aigerim", "Nurlan", "Dauren", "Zhanar", "Gulnara", "Timur", "Rustam", "Dilnoza",
    "Farrukh", "Bakhyt", "Aliya", "Elena", "Sergei", "Anna", "Olga", "Ivan", "Marat", "Saule",
    "Askar", "Madina", "Erlan", "Aizhan", "Bolat",
];

/// Family names that have a Cyrillic spelling.
pub(crate) const FAMILY_EURASIAN: &[&str] = &[
    "Sarybay",
    "Karimov",
    "Rahimova",
    "Suleimenov",
    "Akhmetova",
    "Ivanov",
    "Petrova",
    "Smirnov",
    "Kuznetsova",
    "Abdullayev",
    "Bekov",
    "Tursunov",
    "Omarova",
    "Nazarov",
    "Zhaksybekov",
    "Baimukhanova",
    "Ismailov",
    "Aliyeva",
    "Orlov",
    "Sadykov",
];

/// Given names from elsewhere.
pub(crate) const GIVEN_WORLD: &[&str] = &[
    "Amy", "Ahmed", "Maria", "Jean", "Li", "Wei", "Fatima", "Omar", "Priya", "Rahul", "Sofia",
    "Hans", "Pierre", "Yuki", "Hiroshi", "Ana", "João", "Lucía", "Mehmet", "Ayşe", "Thomas",
    "Sarah", "Michael", "Min-jun", "Ji-woo", "Aarav", "Ananya", "Kwame", "Amina", "Chidi", "Ngozi",
    "Tariq", "Layla", "Hamid", "Parisa", "Jakub", "Zofia", "Björn", "Søren", "Élise", "Zoë",
    "Mateus", "Ingrid", "Kofi", "Thandiwe", "Rania", "Diego", "Camila",
];

/// Family names from elsewhere.
pub(crate) const FAMILY_WORLD: &[&str] = &[
    "Pope",
    "Krähenbühl",
    "Müller",
    "Dupont",
    "Kim",
    "Lee",
    "Wang",
    "Zhang",
    "Tanaka",
    "Sato",
    "Sharma",
    "Patel",
    "Khan",
    "Hussain",
    "Yılmaz",
    "Öztürk",
    "Şahin",
    "García",
    "Fernández",
    "González",
    "Silva",
    "Santos",
    "Nowak",
    "Kowalski",
    "Novák",
    "Horváth",
    "Nielsen",
    "Johansson",
    "Okafor",
    "Mensah",
    "Mwangi",
    "Haddad",
    "Nasser",
    "Rossi",
    "Bianchi",
    "Papadopoulos",
    "Nguyen",
    "Tran",
    "Suzuki",
    "Park",
    "Costa",
    "Pereira",
    "Diallo",
    "Traoré",
    "Ndiaye",
    "Abebe",
    "Tesfaye",
    "Lindqvist",
    "Ó Briain",
    "Van der Berg",
];

/// How people are addressed.
pub(crate) const HONORIFICS: &[&str] = &["Ambassador", "Dr.", "H.E.", "Prof."];

/// Titles of staff posts.
pub(crate) const STAFF_TITLES: &[&str] = &[
    "Director of the Economic Department",
    "Director of the Human Dimension Department",
    "Head of External Relations",
    "Senior Programme Officer",
    "Programme Officer",
    "Legal Adviser",
    "Spokesperson",
    "Chief of Staff",
    "Head of Partnerships",
    "Policy Adviser",
];

/// Titles of deputies.
pub(crate) const DEPUTY_TITLES: &[&str] = &[
    "Deputy Secretary General",
    "Deputy Executive Director",
    "Deputy Director General",
    "Deputy Head",
];

/// Titles of posts of the `other` role.
pub(crate) const OTHER_TITLES: &[&str] = &[
    "Special Envoy",
    "Goodwill Ambassador",
    "Honorary Adviser",
    "Special Representative",
];

/// Venues of meetings.
pub(crate) const VENUES: &[&str] = &[
    "Palace of Nations",
    "International Conference Centre",
    "Congress Hall",
    "Palace of Independence",
    "Diplomatic Academy",
    "Headquarters building",
    "Foreign Ministry Guest House",
];

/// News outlets that publish sources, with the slug of their web addresses.
pub(crate) const OUTLETS: &[(&str, &str)] = &[
    ("Global Affairs Wire", "global-affairs-wire"),
    ("The Diplomatic Courier", "diplomatic-courier"),
    ("Regional News Agency", "regional-news-agency"),
    ("Eurasia Review Daily", "eurasia-review-daily"),
    ("International Cooperation Bulletin", "cooperation-bulletin"),
];

/// The pieces joined, in a string of exactly their length (cheaper than `format!` on the
/// hot paths).
pub(crate) fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// A number's decimal digits, written without allocating.
pub(crate) struct Num {
    digits: [u8; 20],
    start: usize,
}

impl Num {
    pub(crate) fn new(mut n: u64) -> Self {
        // u64::MAX has 20 digits.
        let mut digits = [b'0'; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + u8::try_from(n % 10).expect("a digit is below 10");
            n /= 10;
            if n == 0 {
                break;
            }
        }
        Self { digits, start }
    }

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.digits[self.start..]).expect("ASCII digits are UTF-8")
    }
}

/// Latin letters to Cyrillic, for other spellings of names.
pub(crate) fn cyrillic(latin: &str) -> String {
    let mut out = String::with_capacity(latin.len() * 2);
    let lower: Vec<char> = latin.chars().collect();
    let mut i = 0;
    while let Some(&c) = lower.get(i) {
        let next = lower.get(i + 1).map(|n| n.to_ascii_lowercase());
        let upper = c.is_uppercase();
        let prev_vowel = i
            .checked_sub(1)
            .and_then(|p| lower.get(p))
            .is_some_and(|p| "aeiouAEIOU".contains(*p));
        let pair = match (c.to_ascii_lowercase(), next) {
            ('k', Some('h')) => Some("х"),
            ('z', Some('h')) => Some("ж"),
            ('s', Some('h')) => Some("ш"),
            ('c', Some('h')) => Some("ч"),
            ('y', Some('a')) => Some("я"),
            ('y', Some('u')) => Some("ю"),
            _ => None,
        };
        let (piece, step) = match pair {
            Some(p) => (p, 2),
            None => (
                match c.to_ascii_lowercase() {
                    'a' => "а",
                    'b' => "б",
                    'v' | 'w' => "в",
                    'g' => "г",
                    'd' => "д",
                    'e' => "е",
                    'z' => "з",
                    'i' => "и",
                    'y' if prev_vowel => "й",
                    'y' => "ы",
                    'k' | 'q' | 'c' => "к",
                    'l' => "л",
                    'm' => "м",
                    'n' => "н",
                    'o' => "о",
                    'p' => "п",
                    'r' => "р",
                    's' => "с",
                    't' => "т",
                    'u' => "у",
                    'f' => "ф",
                    'h' => "х",
                    'x' => "кс",
                    'j' => "дж",
                    ' ' => " ",
                    '-' => "-",
                    _ => "",
                },
                1,
            ),
        };
        if upper {
            let mut chars = piece.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(piece);
        }
        i += step;
    }
    out
}

/// The library's fold of a name: lower case, accents dropped ("Krähenbühl" → "krahenbuhl"),
/// punctuation turned into spaces, apostrophes dropped.
///
/// Every use of the fold in the generator goes through here, so that it follows the
/// library's wherever the library keeps it.
pub(crate) fn folded(name: &str) -> String {
    multilateral::fold_name(name)
}

/// The words of a folded name, each cut down to its ASCII letters and digits (a letter with
/// no ASCII form, as in Cyrillic, is dropped), empty ones left out.
fn ascii_words(folded: &str) -> impl Iterator<Item = String> + '_ {
    folded
        .split(' ')
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
}

/// A lower-case slug of ASCII letters and digits joined by single dashes ("Ó Briain, Ayşe" →
/// "o-briain-ayse"); empty when the text has no ASCII letter or digit even once folded.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in ascii_words(&folded(text)) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w);
    }
    out
}

/// The slug of a text cut to at most `max` characters (never ending with a dash), or
/// `fallback` when it has nothing to slug: what starts the ids of an organization's records.
pub(crate) fn short_slug(text: &str, max: usize, fallback: &str) -> String {
    let mut s = slug(text);
    s.truncate(max);
    let s = s.trim_end_matches('-');
    if s.is_empty() {
        fallback.to_owned()
    } else {
        s.to_owned()
    }
}

/// The acronym of a name: the upper-cased initials of its significant words ("Conference on
/// Dialogue and Confidence in Eurasia" → "CDCE"), at most eight.
pub(crate) fn acronym(name: &str) -> String {
    const SMALL: &[&str] = &[
        "of", "for", "the", "and", "on", "in", "to", "de", "la", "du",
    ];
    ascii_words(&folded(name))
        .filter(|w| !SMALL.contains(&w.as_str()))
        .filter_map(|w| w.chars().find(char::is_ascii_alphabetic))
        .map(|c| c.to_ascii_uppercase())
        .take(8)
        .collect()
}

/// A name spelled without accents: each word of its fold with a capital first letter
/// ("Pierre Krähenbühl" → "Pierre Krahenbuhl").
pub(crate) fn unaccented(name: &str) -> String {
    let folded = folded(name);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        let mut chars = w.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        assert_eq!(cyrillic("Kairat Sarybay"), "Каират Сарыбай");
        assert_eq!(cyrillic("Zhanar"), "Жанар");
        assert_eq!(unaccented("Pierre Krähenbühl"), "Pierre Krahenbuhl");
        assert_eq!(unaccented("Søren Ó Briain"), "Soren O Briain");
        assert_eq!(unaccented("Ayşe Yılmaz"), "Ayse Yilmaz");
        assert_eq!(slug("Ó Briain, Ayşe"), "o-briain-ayse");
        assert_eq!(slug("Chișinău Initiative"), "chisinau-initiative");
        assert_eq!(slug("N'Djamena"), "ndjamena");
        assert_eq!(slug("Совещание"), "");
        assert_eq!(short_slug("Совещание", 12, "org"), "org");
        assert_eq!(
            short_slug("United Nations Office", 12, "org"),
            "united-natio"
        );
        assert_eq!(short_slug("United Nations Office", 7, "org"), "united");
        assert_eq!(
            acronym("Conference on Dialogue and Confidence in Eurasia"),
            "CDCE"
        );
        assert_eq!(acronym("Indo-Pacific Partnership for Resilience"), "IPPR");
        assert_eq!(acronym("Ouagadougou Academy of Élite Studies"), "OAES");
    }

    #[test]
    fn slugs_are_ascii_whatever_the_names() {
        let lists = [
            GIVEN_EURASIAN,
            FAMILY_EURASIAN,
            GIVEN_WORLD,
            FAMILY_WORLD,
            REGIONS,
            PORTFOLIOS,
            TOPICS,
        ];
        let cities = CITIES.iter().map(|c| c.0);
        let themes = THEMES.iter().flat_map(|t| [t.0, t.1]);
        let hubs = HUBS.iter().flat_map(|h| [h.name, h.name_fr, h.name_ru]);
        let all: Vec<&str> = lists
            .into_iter()
            .flatten()
            .copied()
            .chain(cities)
            .chain(themes)
            .chain(hubs)
            .collect();
        for name in all {
            let s = slug(name);
            assert!(
                s.is_empty()
                    || s.split('-')
                        .all(|w| { !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric()) }),
                "{name:?} → {s:?}"
            );
            assert!(!s.is_empty() || !name.is_ascii(), "{name:?}");
            assert!(
                acronym(name).bytes().all(|b| b.is_ascii_uppercase()),
                "{name:?}"
            );
        }
    }

    #[test]
    fn numbers_and_pieces() {
        for n in [0, 7, 10, 2024, 999_999, u64::MAX] {
            assert_eq!(Num::new(n).as_str(), n.to_string());
        }
        assert_eq!(cat(&["a", "-", "b"]), "a-b");
    }

    #[test]
    fn tables_are_well_formed() {
        for (_, code) in CITIES {
            assert!(code.parse::<multilateral::CountryCode>().is_ok(), "{code}");
        }
        for hub in HUBS {
            assert!(
                CITIES.iter().any(|(city, _)| *city == hub.city),
                "{}",
                hub.city
            );
            assert_eq!(acronym(hub.name), hub.acronym);
        }
    }
}
