//! Finding officials and organizations by name: every word of the query begins a word of one
//! of the record's names, once both are folded (case in every script, accents,
//! compatibility forms, a few letters spelled out, punctuation); whole-name matches first.

use multilateral::Registry;
use serde_json::json;

use crate::support::{geneva_registry, registry};

/// The ids of the organizations found, in the registry's order.
fn organizations(r: &Registry, query: &str) -> Vec<String> {
    r.find_organizations(query)
        .iter()
        .map(|o| o.id().to_string())
        .collect()
}

/// The ids of the officials found, in the registry's order.
fn officials(r: &Registry, query: &str) -> Vec<String> {
    r.find_officials(query)
        .iter()
        .map(|o| o.id().to_string())
        .collect()
}

#[test]
fn names_are_found_across_spellings_accents_and_acronyms() {
    let r = geneva_registry();
    assert_eq!(officials(&r, "krahenbuhl"), ["pierre-krahenbuhl"]);
    assert_eq!(officials(&r, "Pierre KRÄHENBÜHL"), ["pierre-krahenbuhl"]);
    assert_eq!(officials(&r, "Sarybai"), ["kairat-sarybay"]);
    assert_eq!(officials(&r, "sepulveda"), ["magdalena-sepulveda"]);
    assert_eq!(organizations(&r, "UNOG"), ["unog"]);
    assert_eq!(organizations(&r, "unrisd"), ["unrisd"]);
    assert_eq!(organizations(&r, "red cross"), ["icrc"]);
    // "IOM" is IOM's acronym, so IOM comes before the IOM Council.
    assert_eq!(organizations(&r, "IOM"), ["iom", "iom-council"]);
    assert!(officials(&r, "nobody at all").is_empty());
    // What is found is a handle of the registry, reading as the record.
    let found = r.find_officials("krahenbuhl");
    assert_eq!(found[0].name.as_str(), "Pierre Krähenbühl");
    assert_eq!(r.official(found[0].id()), Some(found[0]));
}

// From surviving mutants in the fold's table of letters and the order of exact matches.
#[test]
fn names_fold_letters_that_carry_no_accent_to_drop() {
    let org = |id: &str, name: &str| json!({"id": id, "name": name, "kind": "ngo"});
    let r = registry(json!({
        "organizations": [
            org("strasse", "Straßenbau Institut"), org("oresund", "Øresund Council"),
            org("dakovo", "Đakovo Forum"), org("lodz", "Łódź Network"),
            org("aegir", "Ægir Group"), org("oeuvre", "Œuvre Society"),
            org("istanbul", "İstanbul Forum of ıstanbul"), org("thorn", "Þórshöfn Circle"),
            org("ivoire", "Côte d’Ivoire Office"),
            org("ivoire3", "Cote d'Ivoire Agency"),
            {"id": "un", "name": "United Nations", "acronym": "UN", "kind": "un-entity"},
            {"id": "unog", "name": "United Nations Office at Geneva", "acronym": "UNOG", "kind": "un-entity"}],
        "officials": [{"id": "k", "name": "Pierre Krähenbühl", "given_name": "Pierre",
                       "family_name": "Krähenbühl", "other_names": [{"name": "P. Kraehenbuehl"}]},
                      {"id": "k2", "name": "Krahenbuhl"}]
    }));
    let found = |q: &str| organizations(&r, q);
    assert_eq!(found("strassenbau"), ["strasse"]);
    assert_eq!(found("oresund"), ["oresund"]);
    assert_eq!(found("dakovo"), ["dakovo"]);
    assert_eq!(found("lodz"), ["lodz"]);
    assert_eq!(found("aegir"), ["aegir"]);
    assert_eq!(found("oeuvre"), ["oeuvre"]);
    assert_eq!(found("istanbul"), ["istanbul"]);
    assert_eq!(found("thorshofn"), ["thorn"]);
    assert_eq!(found("divoire"), ["ivoire", "ivoire3"]);
    // An exact name or acronym comes first; then the rest in document order.
    assert_eq!(found("un"), ["un", "unog"]);
    assert_eq!(found("UNOG"), ["unog"]);
    assert_eq!(found("united nations"), ["un", "unog"]);
    assert_eq!(found("united nations office at geneva"), ["unog"]);
    assert_eq!(found("nations united"), ["un", "unog"]);
    assert!(found("nited").is_empty());
    assert!(found("").is_empty());
    assert!(found(" - ").is_empty());
    let people = |q: &str| officials(&r, q);
    assert_eq!(people("krahenbuhl"), ["k2", "k"]);
    assert_eq!(people("Pierre"), ["k"]);
    assert_eq!(people("kraehenbuehl"), ["k"]);
    assert_eq!(people("Pierre Krähenbühl"), ["k"]);
    assert!(people("united").is_empty());
    assert!(found("krahenbuhl").is_empty());
}

#[test]
fn names_fold_case_in_every_script_and_compatibility_forms() {
    let r = registry(json!({
        "organizations": [
            {"id": "odysseus", "name": "ΟΔΥΣΣΕΥΣ Foundation", "kind": "ngo"},
            {"id": "ligature", "name": "ﬁnance Committee", "kind": "other"},
            {"id": "plain-finance", "name": "Finance Office", "kind": "other"},
            {"id": "wide", "name": "Office at Geneva", "acronym": "ＵＮＯＧ", "kind": "un-entity"},
            {"id": "sea", "name": "οδυσσευς Sea Institute", "kind": "ngo"}],
        "officials": [
            {"id": "dzemal", "name": "Ǆemal Bijedić"},
            {"id": "plain-dzemal", "name": "Dzemal Hodzic"}]
    }));
    let found = |q: &str| organizations(&r, q);
    // Greek capitals and final sigma: the capital and small spellings find each other.
    assert_eq!(found("οδυσσευς"), ["odysseus", "sea"]);
    assert_eq!(found("Οδυσσευς"), ["odysseus", "sea"]);
    assert_eq!(found("ΟΔΥΣΣΕΥΣ"), ["odysseus", "sea"]);
    assert_eq!(found("ΟΔΥΣΣΕΥΣ sea"), ["sea"]);
    assert_eq!(found("οδυσσευς foundation"), ["odysseus"]);
    // The ligature ﬁ is "fi"; the plain spelling finds it, and it finds the plain one.
    assert_eq!(found("finance"), ["ligature", "plain-finance"]);
    assert_eq!(found("FINANCE committee"), ["ligature"]);
    assert_eq!(found("ﬁnance office"), ["plain-finance"]);
    // Full-width letters are their plain letters: an exact acronym comes first.
    assert_eq!(found("unog"), ["wide"]);
    assert_eq!(found("UNOG"), ["wide"]);
    assert_eq!(found("office"), ["plain-finance", "wide"]);
    assert_eq!(found("ＵＮＯＧ"), ["wide"]);
    assert_eq!(found("ｏｆｆｉｃｅ ａｔ"), ["wide"]);
    // The digraph Ǆ is "dz", its caron dropped with the other accents.
    let people = |q: &str| officials(&r, q);
    assert_eq!(people("dzemal"), ["dzemal", "plain-dzemal"]);
    assert_eq!(people("Dzemal Bijedic"), ["dzemal"]);
    assert_eq!(people("DŽEMAL bijedić"), ["dzemal"]);
    assert_eq!(people("ǅemal hodzic"), ["plain-dzemal"]);
    assert_eq!(people("ǆemal"), ["dzemal", "plain-dzemal"]);
    assert!(people("demal").is_empty());
}
