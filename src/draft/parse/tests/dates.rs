//! Tests of dates that look like points.

use super::{fixture, fixture_labels, labels, lower_is_one_of};
use crate::draft::Draft;

#[test]
fn a_dateline_above_the_points_heads_none_of_them() {
    let d = fixture("dateline-above-points.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert!(d.preamble.starts_with("10.11.2025"));
    assert!(d.preamble.contains("Unofficial working text"));
    // In a chronicle, whose days head its sections, the first day heads the first points.
    let d = Draft::from_text(
        "t",
        "Chronicle\n\n21 November 2025\n\n1. The plan is handed over in Kyiv.\n\n2. Talks are set for Geneva.\n\n23 November 2025\n\n3. The delegations meet in Geneva.\n",
    );
    let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
    assert_eq!(
        sections,
        [
            Some("21 November 2025"),
            Some("21 November 2025"),
            Some("23 November 2025")
        ]
    );
    for line in [
        "10.11.2020",
        "21 листопада 2025 року",
        "SATURDAY, 24 SEPTEMBER 2022, 00:12",
        "2025年6月10日",
        "二〇二五年六月",
    ] {
        assert!(super::is_dateline(line), "{line}");
    }
    for line in [
        "Article 5",
        "2025 Budget",
        "May 2025 talks collapse",
        "Section 12",
        "第一条",
        "二〇二五年计划",
    ] {
        assert!(!super::is_dateline(line), "{line}");
    }
}

#[test]
fn a_date_with_a_dot_after_the_day_is_no_point() {
    let d = Draft::from_text(
        "t",
        "Friedensplan\n21. November 2025, 14:32 Uhr\nWir dokumentieren die Kernpunkte (inoffiziell).\n1. Die Souveränität wird bestätigt.\n2. Ein Nichtangriffsabkommen wird geschlossen.\n3. Die Armee wird begrenzt.\n\nAktualisiert am\n24. November 2025 um 09:15 Uhr\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(d.preamble.starts_with("21. November 2025"));
    assert_eq!(
        d.points.last().unwrap().text,
        "Aktualisiert am\n24. November 2025 um 09:15 Uhr"
    );
    // A point that starts with a month, with more to say, is a point.
    assert_eq!(
        labels(
            "Plan\n\n1. March talks resume in Geneva.\n2. May elections are held.\n3. June ends it.\n"
        ),
        ["1", "2", "3"]
    );
    // Nor is a parliament's printout header (`21. Wahlperiode`, alone or beside the date).
    for header in [
        "21. Wahlperiode          02.12.2025",
        "28. Wahlperiode",
        "75. Jahrgang",
        "12. Sitzung",
    ] {
        let text = format!(
            "Deutscher Bundestag (Test)\n{header}\n\nAntrag\n\nDer Bundestag fordert auf,\n\n\
             1. erstens;\n\n2. zweitens;\n\n3. drittens.\n"
        );
        assert_eq!(labels(&text), ["1", "2", "3"], "{header}");
    }
    // A term's noun that says more, or an agenda's sessions with their dates, are points.
    assert_eq!(
        labels("Agenda\n\n1. Opening.\n2. Wahlperiode und Mandat der Kommission.\n3. Close.\n"),
        ["1", "2", "3"]
    );
    let agenda = "Beschluss (Test)\n\n1. Sitzung      Mittwoch, 14. Januar 2026\n\
                  2. Sitzung      Mittwoch, 11. Februar 2026\n3. Sitzung      Mittwoch, 11. März 2026\n";
    assert_eq!(labels(agenda), ["1", "2", "3"]);
}

#[test]
fn a_date_wrapped_onto_the_next_line_is_no_point() {
    // Hard-wrapped text whose line breaks before a date's day (`am` over `1. Januar 2026 …`):
    // the date is the point's text, whichever number comes next.
    for (text, second) in [
        (
            "Entwurf (Test)\n1. Die Waffenruhe beginnt am\n1. Januar 2026 um Mitternacht.\n2. Gefangene werden ausgetauscht.\n",
            "Gefangene werden ausgetauscht.",
        ),
        (
            "Entwurf (Test)\n1. Die Waffenruhe gilt sofort.\n2. Die Frist endet am\n3. März 2026 um Mitternacht.\n3. Gefangene werden ausgetauscht.\n",
            "Die Frist endet am 3. März 2026 um Mitternacht.",
        ),
        (
            "Projekt (test)\n1. Rozejm obowiązuje od dnia\n1. stycznia 2026 r.\n2. Jeńcy zostają wymienieni.\n",
            "Jeńcy zostają wymienieni.",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(
            fixture_labels(&d).len(),
            2 + usize::from(second.contains("März")),
            "{text}"
        );
        assert_eq!(d.numbered().nth(1).unwrap().1.text, second, "{text}");
    }
    // A dated list under a heading, and dates after a full stop, are points.
    assert_eq!(
        labels(
            "Zeitplan (Test)\n\nTermine\n1. Januar 2026 Inkrafttreten.\n2. Februar 2026 erste Sitzung.\n3. März 2026 Bericht.\n"
        ),
        ["1", "2", "3"]
    );
}

#[test]
fn a_date_written_year_first_is_no_point() {
    // A Korean or Japanese document's date (`2025. 12. 26.`) above its items.
    let text = "보고서 (시험)\n\n2025. 12. 26.\n외교부\n\n- 주권을 재확인\n- 불가침 협정 체결\n- 병력 유지\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["•1", "•2", "•3"]);
    assert!(d.preamble.starts_with("2025. 12. 26."));
}

#[test]
fn lower_is_one_of_compares_as_to_lowercase_does() {
    let words: &[&str] = &["sitzung", "jahrgang", "ὀδυσσεύς", "σς", "i̇lgi̇li̇", "k"];
    for text in [
        "",
        "Sitzung",
        "SITZUNG",
        "Sitzungen",
        "Sitzun",
        "JAHRGANG",
        "ὈΔΥΣΣΕΎΣ",
        "ΣΣ",
        "σΣ",
        "İLGİLİ",
        "\u{212a}",
        "K",
        "The ceasefire holds in every district of the country and beyond",
    ] {
        assert_eq!(
            lower_is_one_of(text, words),
            words.contains(&text.to_lowercase().as_str()),
            "{text:?}"
        );
    }
}

#[test]
fn a_pages_date_over_its_update_or_with_a_dash_and_zone_is_its_masthead() {
    // The headline under a date, its update (on a line of its own or in brackets), its time
    // set apart by a dash with its zone, or a reader view's address, is the title.
    for top in [
        "21 ноября, 14:05\nобновлено 21 ноября, 15:30",
        "24.12.2025 11:20 (обновлено: 12:05)",
        "Опубликовано 21/11/2025 - 12:10 GMT+1",
        "apnews.com",
        "21 ноября 2025, 00:14\nИсточник: Meduza",
    ] {
        let text = format!(
            "{top}\n\nСМИ опубликовали положения американского плана по урегулированию на Украине и реакцию сторон\n\n1. Суверенитет.\n\n2. Армия.\n"
        );
        let d = Draft::from_text("t", &text);
        assert!(
            d.title.starts_with("СМИ опубликовали"),
            "{top}: {}",
            d.title
        );
    }
    // A span of years, or of hours, is no date.
    assert!(!super::super::dates::is_dateline("2025 - 2030"));
    assert!(!super::super::dates::is_dateline("10:00 - 12:00"));
    assert!(super::super::dates::is_dateline("24 December 2025 - 10:15"));
}
