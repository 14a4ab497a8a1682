//! The records as Arrow tables and Parquet files: every relation, read back into an equal
//! dataset; the columns say what the records say; bad tables are refused with their place.

use std::sync::Arc;

use arrow_array::{Array, ArrayRef, Date32Array, RecordBatch, StringArray, UInt32Array};
use multilateral::columnar::{DatasetReader, ReadError, Relation, batches};
use multilateral::{Coverage, Dataset};
use multilateral_testkit::synth::{SynthConfig, generate};
use proptest::prelude::*;
use serde_json::json;

use crate::support::{dataset, day};

const FIXTURES: [(&str, &str); 4] = [
    (
        "geneva-2024",
        include_str!("../../examples/data/geneva-2024.json"),
    ),
    (
        "asean-chairmanship-2017-2020",
        include_str!("../../examples/data/asean-chairmanship-2017-2020.json"),
    ),
    (
        "iaea-director-general-2019",
        include_str!("../../examples/data/iaea-director-general-2019.json"),
    ),
    (
        "spc-sprep-mou-2011",
        include_str!("../../examples/data/spc-sprep-mou-2011.json"),
    ),
];

fn fixtures() -> Vec<(&'static str, Dataset)> {
    FIXTURES
        .iter()
        .map(|(name, text)| (*name, Dataset::from_json(text).unwrap()))
        .collect()
}

/// Every table of `data` in batches of `rows`, read back.
fn through_batches(data: &Dataset, rows: usize) -> Result<Dataset, ReadError> {
    let mut reader = DatasetReader::new();
    for &relation in Relation::ALL {
        for batch in batches(data, relation).with_rows(rows) {
            reader.push(relation, &batch)?;
        }
    }
    reader.finish()
}

/// Every table of `data` as a Parquet file, read back.
#[cfg(feature = "parquet")]
fn through_parquet(data: &Dataset) -> Dataset {
    use multilateral::columnar::parquet;
    let files: Vec<(Relation, bytes::Bytes)> = Relation::ALL
        .iter()
        .map(|&r| {
            (
                r,
                bytes::Bytes::from(parquet::write(data, r, Vec::new()).unwrap()),
            )
        })
        .collect();
    parquet::read_dataset(files).unwrap()
}

/// A dataset that says every kind of period end, date precision and optional field the
/// fixtures may not.
fn every_kind_of_end() -> Dataset {
    dataset(json!({
        "organizations": [
            {"id": "hub", "name": "Hub", "kind": "intergovernmental",
             "headquarters": {"country": "CH"}, "founded": "199X", "dissolved": "20XX",
             "other_names": [{"name": "Хаб", "lang": "ru"}, {"name": "Hub Org"}],
             "identifiers": [{"scheme": "wikidata", "value": "Q1"}],
             "members": [
                 {"state": "KZ", "status": "member", "founding": true,
                  "period": {"start": "..", "end": {"not_after": "2019"}},
                  "attested": ["2010-05", "2012"], "sources": [{"title": "Members", "language": "de"}]},
                 {"organization": "body", "status": "observer",
                  "period": {"start": {"not_before": "2001-02-03"}, "end": "unknown"}},
                 {"state": "AZ", "status": "member",
                  "period": {"start": {"not_before": "2018", "not_after": "2019-06"}}}
             ],
             "chairs": [
                 {"country": "KZ", "period": {"start": "2020", "end": "unknown"}, "term": "P2Y6M",
                  "theme": "Together", "attested": ["2021-03-04"]}
             ],
             "sources": [{"url": "https://example.org/hub", "published": "2024-02"}]},
            {"id": "body", "name": "Body", "kind": "secretariat", "parent": "hub",
             "headquarters": {"city": "Geneva", "country": "CH"}}
        ],
        "officials": [
            {"id": "sg", "name": "A. B.", "given_name": "A.", "family_name": "B.",
             "honorific": "Dr.", "nationality": "KZ",
             "posts": [
                 {"organization": "body", "role": "head", "title": "Secretary General",
                  "period": {"end": "2024-05-31"}, "acting": true},
                 {"organization": "hub", "role": "head",
                  "period": {"start": "2022-03-01", "end": "unknown"}, "term": "P3Y",
                  "sources": [{"title": "Appointed"}]}
             ]}
        ],
        "meetings": [
            {"id": "m1", "title": "Online talks", "kind": "consultation", "status": "held",
             "when": {}, "location": {"online": true}},
            {"id": "m2", "title": "Session", "kind": "session", "status": "held",
             "when": {"start": "2024-11-25", "end": "2024-11-27"}, "days": 2,
             "recurrence": "annual", "theme": "Theme", "session_of": "hub",
             "location": {"venue": "Palais", "city": "Geneva", "country": "CH", "online": true},
             "participants": [{"organization": "hub", "official": "sg", "role": "chair"},
                              {"state": "KZ", "role": "participant"}],
             "relations": [{"kind": "follow-up-to", "meeting": "m1"}],
             "topics": ["migration"], "summary": "Met."}
        ]
    }))
}

#[test]
fn every_fixture_comes_back_equal_through_batches_of_any_size() {
    for (name, data) in fixtures() {
        for rows in [1, 3, 1000] {
            assert_eq!(
                through_batches(&data, rows).unwrap(),
                data,
                "{name}, batches of {rows}"
            );
        }
    }
    let kinds = every_kind_of_end();
    assert_eq!(through_batches(&kinds, 2).unwrap(), kinds);
    assert_eq!(through_batches(&Dataset::new(), 2).unwrap(), Dataset::new());
}

#[cfg(feature = "parquet")]
#[test]
fn every_fixture_comes_back_equal_through_parquet() {
    for (name, data) in fixtures() {
        assert_eq!(through_parquet(&data), data, "{name}");
    }
    let kinds = every_kind_of_end();
    assert_eq!(through_parquet(&kinds), kinds);
    assert_eq!(through_parquet(&Dataset::new()), Dataset::new());
}

#[cfg(feature = "parquet")]
proptest! {
    #![proptest_config(ProptestConfig { cases: 6, failure_persistence: None, ..ProptestConfig::default() })]

    /// Generated datasets use every field and every value of every enum from a few thousand
    /// meetings on; smaller ones vary the shapes.
    #[test]
    fn generated_datasets_come_back_equal_through_parquet(meetings in 1usize..600, seed in any::<u64>()) {
        let data = generate(&SynthConfig::new(meetings, seed));
        prop_assert_eq!(through_parquet(&data), data);
    }
}

#[cfg(feature = "parquet")]
#[test]
fn a_generated_dataset_that_uses_every_field_comes_back_equal_through_parquet() {
    let data = generate(&SynthConfig::new(3_000, 16));
    assert_eq!(through_parquet(&data), data);
}

#[test]
fn batches_hold_at_most_the_rows_asked_for_and_every_row_once() {
    let data = generate(&SynthConfig::new(500, 3));
    let all: usize = data.meetings.iter().map(|m| m.participants.len()).sum();
    let sizes: Vec<usize> = batches(&data, Relation::Participants)
        .with_rows(100)
        .map(|b| b.num_rows())
        .collect();
    assert!(sizes.iter().all(|&n| n <= 100), "{sizes:?}");
    assert_eq!(sizes.iter().sum::<usize>(), all);
    assert_eq!(sizes.len(), all.div_ceil(100));
    // An empty table is one empty batch, with its schema.
    let empty: Vec<RecordBatch> = batches(&Dataset::new(), Relation::Meetings).collect();
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].num_rows(), 0);
    assert_eq!(empty[0].schema(), Relation::Meetings.schema());
}

/// A column of a batch by name, downcast.
fn col<'b, T: 'static>(batch: &'b RecordBatch, name: &str) -> &'b T {
    batch
        .column_by_name(name)
        .unwrap_or_else(|| panic!("no column {name}"))
        .as_any()
        .downcast_ref::<T>()
        .unwrap_or_else(|| panic!("{name} is not of the type asked"))
}

fn strings(batch: &RecordBatch, name: &str) -> Vec<Option<String>> {
    let array = arrow_cast_strings(batch.column_by_name(name).unwrap());
    (0..array.len())
        .map(|i| array.is_valid(i).then(|| array.value(i).to_owned()))
        .collect()
}

/// A dictionary or plain string column as plain strings.
fn arrow_cast_strings(array: &ArrayRef) -> StringArray {
    use arrow_array::DictionaryArray;
    use arrow_array::types::Int32Type;
    if let Some(d) = array.as_any().downcast_ref::<DictionaryArray<Int32Type>>() {
        let values = d.values().as_any().downcast_ref::<StringArray>().unwrap();
        return (0..d.len())
            .map(|i| d.key(i).map(|k| values.value(k)))
            .collect();
    }
    array
        .as_any()
        .downcast_ref::<StringArray>()
        .unwrap()
        .clone()
}

fn days(batch: &RecordBatch, name: &str) -> Vec<Option<chrono::NaiveDate>> {
    let a: &Date32Array = col(batch, name);
    (0..a.len())
        .map(|i| a.value_as_date(i).filter(|_| a.is_valid(i)))
        .collect()
}

#[test]
fn ids_codes_and_enums_are_dictionary_strings_and_dates_are_days() {
    let schema = Relation::Meetings.schema();
    let dict = arrow_schema::DataType::Dictionary(
        Box::new(arrow_schema::DataType::Int32),
        Box::new(arrow_schema::DataType::Utf8),
    );
    for name in [
        "id",
        "kind",
        "status",
        "when_start_kind",
        "location_country",
        "session_of",
    ] {
        assert_eq!(
            schema.field_with_name(name).unwrap().data_type(),
            &dict,
            "{name}"
        );
    }
    for name in ["when_start_earliest", "when_end_latest"] {
        let field = schema.field_with_name(name).unwrap();
        assert_eq!(field.data_type(), &arrow_schema::DataType::Date32, "{name}");
    }
    let kind = schema.field_with_name("kind").unwrap();
    assert!(kind.metadata()["values"].contains("courtesy-call"));
    assert!(kind.metadata()["description"].starts_with("What kind of meeting"));
    assert_eq!(
        schema.field_with_name("title").unwrap().data_type(),
        &arrow_schema::DataType::Utf8
    );
}

#[test]
fn the_ends_of_periods_keep_their_meaning_in_columns() {
    let data = every_kind_of_end();
    let b = batches(&data, Relation::Memberships).next().unwrap();
    assert_eq!(
        strings(&b, "period_start_kind"),
        [
            Some("open".into()),
            Some("between".into()),
            Some("between".into())
        ]
    );
    assert_eq!(
        strings(&b, "period_end_kind"),
        [
            Some("between".into()),
            Some("unknown".into()),
            Some("open".into())
        ]
    );
    // "Not after 2019": no first day, a last day, to the year.
    assert_eq!(days(&b, "period_end_earliest")[0], None);
    assert_eq!(days(&b, "period_end_latest")[0], Some(day("2019-12-31")));
    assert_eq!(
        strings(&b, "period_end_latest_precision")[0].as_deref(),
        Some("year")
    );
    // "Between 2018 and June 2019": each limit with its own precision.
    assert_eq!(
        days(&b, "period_start_earliest")[2],
        Some(day("2018-01-01"))
    );
    assert_eq!(
        strings(&b, "period_start_earliest_precision")[2].as_deref(),
        Some("year")
    );
    assert_eq!(days(&b, "period_start_latest")[2], Some(day("2019-06-30")));
    assert_eq!(
        strings(&b, "period_start_latest_precision")[2].as_deref(),
        Some("month")
    );
    // The states and the organization as members.
    assert_eq!(
        strings(&b, "member_kind")[1].as_deref(),
        Some("organization")
    );
    assert_eq!(
        strings(&b, "member_organization")[1].as_deref(),
        Some("body")
    );
    assert_eq!(strings(&b, "member_state")[1], None);

    let orgs = batches(&data, Relation::Organizations).next().unwrap();
    assert_eq!(days(&orgs, "founded_earliest")[0], Some(day("1990-01-01")));
    assert_eq!(days(&orgs, "founded_latest")[0], Some(day("1999-12-31")));
    assert_eq!(
        strings(&orgs, "founded_precision")[0].as_deref(),
        Some("decade")
    );
    assert_eq!(days(&orgs, "dissolved_latest")[0], Some(day("2099-12-31")));
    assert_eq!(
        strings(&orgs, "dissolved_precision")[0].as_deref(),
        Some("century")
    );
    assert_eq!(days(&orgs, "founded_earliest")[1], None);
}

/// What the derived day columns of one row answer about `d`, as the engines' SQL reads them.
fn answer(
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    sure_from: Option<chrono::NaiveDate>,
    sure_to: Option<chrono::NaiveDate>,
    d: chrono::NaiveDate,
) -> Coverage {
    let within = |a: Option<chrono::NaiveDate>, b: Option<chrono::NaiveDate>| matches!((a, b), (Some(a), Some(b)) if a <= d && d <= b);
    if within(sure_from, sure_to) {
        Coverage::Yes
    } else if within(from, to) {
        Coverage::Possibly
    } else {
        Coverage::No
    }
}

#[test]
fn the_day_columns_of_posts_and_mous_answer_as_the_records_do() {
    let data = generate(&SynthConfig::new(2_000, 9));
    let posts: Vec<&multilateral::Post> = data.officials.iter().flat_map(|o| &o.posts).collect();
    let b = batches(&data, Relation::Posts)
        .with_rows(usize::MAX)
        .next()
        .unwrap();
    let cols = [
        "possibly_from",
        "possibly_to",
        "certainly_from",
        "certainly_to",
    ]
    .map(|c| days(&b, c));
    let probes = [
        "1999-12-31",
        "2003-06-01",
        "2010-01-01",
        "2016-07-15",
        "2020-02-29",
        "2024-11-26",
        "2030-01-01",
    ]
    .map(day);
    for (i, post) in posts.iter().enumerate() {
        for &d in &probes {
            let got = answer(cols[0][i], cols[1][i], cols[2][i], cols[3][i], d);
            assert_eq!(got, post.held_on(d), "post {i} on {d}: {post:?}");
        }
    }
    let kinds = every_kind_of_end();
    let b = batches(&kinds, Relation::Posts).next().unwrap();
    let cols = [
        "possibly_from",
        "possibly_to",
        "certainly_from",
        "certainly_to",
    ]
    .map(|c| days(&b, c));
    for (i, post) in kinds.officials[0].posts.iter().enumerate() {
        for d in [
            "2024-05-30",
            "2024-05-31",
            "2024-06-01",
            "2025-02-28",
            "2025-03-01",
            "1000-01-01",
        ]
        .map(day)
        {
            assert_eq!(
                answer(cols[0][i], cols[1][i], cols[2][i], cols[3][i], d),
                post.held_on(d),
                "post {i} on {d}"
            );
        }
    }
    let b = batches(&data, Relation::Mous)
        .with_rows(usize::MAX)
        .next()
        .unwrap();
    let prefix = |c: &str| days(&b, &format!("in_force_{c}"));
    let cols = [
        "possibly_from",
        "possibly_to",
        "certainly_from",
        "certainly_to",
    ]
    .map(prefix);
    for (i, mou) in data.mous.iter().enumerate() {
        for &d in &probes {
            let got = answer(cols[0][i], cols[1][i], cols[2][i], cols[3][i], d);
            assert_eq!(got, mou.in_force_on(d), "MoU {i} on {d}");
        }
    }
}

/// The batches of a table of `data`, with one column replaced.
fn with_column(data: &Dataset, relation: Relation, name: &str, array: ArrayRef) -> RecordBatch {
    let b = batches(data, relation)
        .with_rows(usize::MAX)
        .next()
        .unwrap();
    let schema = b.schema();
    let (i, field) = schema.column_with_name(name).unwrap();
    let mut fields: Vec<arrow_schema::Field> =
        schema.fields().iter().map(|f| f.as_ref().clone()).collect();
    fields[i] = field
        .clone()
        .with_data_type(array.data_type().clone())
        .with_nullable(true);
    let mut columns = b.columns().to_vec();
    columns[i] = array;
    RecordBatch::try_new(Arc::new(arrow_schema::Schema::new(fields)), columns).unwrap()
}

/// Reads `data` with one table's batch replaced by `batch`.
fn read_with(
    data: &Dataset,
    relation: Relation,
    batch: &RecordBatch,
) -> Result<Dataset, ReadError> {
    let mut reader = DatasetReader::new();
    for &r in Relation::ALL {
        if r == relation {
            reader.push(r, batch)?;
        } else {
            for b in batches(data, r) {
                reader.push(r, &b)?;
            }
        }
    }
    reader.finish()
}

#[test]
fn bad_tables_are_refused_with_the_table_row_and_column() {
    let data = every_kind_of_end();
    let meetings = data.meetings.len();

    // A date that is not the first day of its precision.
    let bad = with_column(
        &data,
        Relation::Organizations,
        "founded_earliest",
        Arc::new(Date32Array::from(vec![Some(7305 + 3), None])),
    );
    let err = read_with(&data, Relation::Organizations, &bad).unwrap_err();
    assert_eq!(
        (err.table.as_str(), err.row, err.column.as_deref()),
        ("organizations", Some(0), Some("founded_earliest"))
    );
    assert!(
        err.message.contains("not the first day of a decade"),
        "{err}"
    );

    // An unknown kind of end.
    let kinds: StringArray = vec!["unknown", "sometime"].into_iter().map(Some).collect();
    let bad = with_column(&data, Relation::Meetings, "when_end_kind", Arc::new(kinds));
    let err = read_with(&data, Relation::Meetings, &bad).unwrap_err();
    assert_eq!(
        (err.row, err.column.as_deref()),
        (Some(1), Some("when_end_kind"))
    );
    assert!(
        err.to_string()
            .starts_with("table meetings, row 1, column when_end_kind: "),
        "{err}"
    );

    // An id that is not one.
    let ids: StringArray = vec![Some("m 1"), Some("m2")].into_iter().collect();
    let bad = with_column(&data, Relation::Meetings, "id", Arc::new(ids));
    let err = read_with(&data, Relation::Meetings, &bad).unwrap_err();
    assert_eq!((err.row, err.column.as_deref()), (Some(0), Some("id")));

    // A column of the wrong type.
    let bad = with_column(
        &data,
        Relation::Meetings,
        "when_start_earliest",
        Arc::new(UInt32Array::from(vec![1, 2])),
    );
    let err = read_with(&data, Relation::Meetings, &bad).unwrap_err();
    assert!(err.message.contains("not Date32"), "{err}");

    // Ordinals with a gap.
    let bad = with_column(
        &data,
        Relation::Meetings,
        "ordinal",
        Arc::new(UInt32Array::from(vec![0, 2])),
    );
    let err = read_with(&data, Relation::Meetings, &bad).unwrap_err();
    assert!(err.message.contains("ordinals do not number"), "{err}");

    // A row that belongs to no record.
    let nowhere = u32::try_from(meetings).unwrap() + 3;
    let owners = UInt32Array::from(vec![nowhere, nowhere]);
    let bad = with_column(
        &data,
        Relation::Participants,
        "meeting_ordinal",
        Arc::new(owners),
    );
    let err = read_with(&data, Relation::Participants, &bad).unwrap_err();
    assert!(err.message.contains("no record has"), "{err}");

    // A party whose kind says otherwise.
    let party: StringArray = vec!["state", "state"].into_iter().map(Some).collect();
    let bad = with_column(&data, Relation::Participants, "party_kind", Arc::new(party));
    let err = read_with(&data, Relation::Participants, &bad).unwrap_err();
    assert_eq!(
        (err.row, err.column.as_deref()),
        (Some(0), Some("party_kind"))
    );

    // A missing column.
    let b = batches(&data, Relation::Posts).next().unwrap();
    let b = b
        .project(&(1..b.num_columns()).collect::<Vec<_>>())
        .unwrap();
    let err = read_with(&data, Relation::Posts, &b).unwrap_err();
    assert_eq!(
        (err.column.as_deref(), err.message.as_str()),
        (Some("official_ordinal"), "the column is missing")
    );

    // A table never read.
    let mut reader = DatasetReader::new();
    for b in batches(&data, Relation::Meetings) {
        reader.push(Relation::Meetings, &b).unwrap();
    }
    let err = reader.finish().unwrap_err();
    assert!(err.table.starts_with("organizations, memberships"), "{err}");
}

#[cfg(feature = "parquet")]
#[test]
fn a_file_that_is_not_parquet_is_refused_with_its_table() {
    let mut reader = DatasetReader::new();
    let err = multilateral::columnar::parquet::read(
        Relation::Meetings,
        bytes::Bytes::from_static(b"{\"meetings\": []}"),
        &mut reader,
    )
    .unwrap_err();
    assert_eq!(err.table, "meetings");
}

#[test]
fn the_committed_arrow_schema_is_the_generated_one() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/arrow");
    let json = std::fs::read_to_string(dir.join("tables.json")).unwrap();
    let mut expected =
        serde_json::to_string_pretty(&multilateral::columnar::schema_json()).unwrap();
    expected.push('\n');
    assert!(
        json == expected,
        "run `cargo run --example export_schema --features arrow -- schema/`"
    );
    let md = std::fs::read_to_string(dir.join("tables.md")).unwrap();
    assert!(
        md == multilateral::columnar::schema_markdown(),
        "run `cargo run --example export_schema --features arrow -- schema/`"
    );
    // Every table, every column.
    let tables = multilateral::columnar::schema_json()["tables"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(tables, Relation::ALL.len());
    for &r in Relation::ALL {
        assert_eq!(Relation::from_name(r.name()), Some(r));
        for f in r.schema().fields() {
            assert!(
                md.contains(&format!("| `{}` |", f.name())),
                "{r}.{}",
                f.name()
            );
        }
    }
}
