//! The substance findings of a comparison as reports show them: a "What changed in substance"
//! section per pair, by kind, and the findings beside each row; for a history, each
//! lineage's figures through the drafts.

use crate::compare::Comparison;
use crate::compare::history::History;
use crate::compare::substance::{Detector, Finding, Kind};
use crate::draft::Draft;

/// The findings of a comparison grouped by kind (in [`Kind::ALL`] order, kinds without
/// findings left out): each with the row's labels ("6 → 4").
pub fn by_kind<'c>(
    old: &Draft,
    new: &Draft,
    c: &'c Comparison,
) -> Vec<(Kind, Vec<(String, &'c Finding)>)> {
    Kind::ALL
        .iter()
        .map(|&kind| {
            let list: Vec<(String, &Finding)> = c
                .rows
                .iter()
                .flat_map(|r| {
                    let labels = format!(
                        "{} → {}",
                        super::joined_labels(old, &r.old),
                        super::joined_labels(new, &r.new)
                    );
                    r.substance
                        .iter()
                        .filter(move |f| f.kind == kind)
                        .map(move |f| (labels.clone(), f))
                })
                .collect();
            (kind, list)
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// "3 figure, 2 party, 1 obligation" (kinds with findings only), or "none".
pub fn counts_line(c: &Comparison) -> String {
    let counts = crate::compare::substance::counts(c.rows.iter().flat_map(|r| &r.substance));
    let parts: Vec<String> = Kind::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {}", k.name()))
        .collect();
    if parts.is_empty() {
        "none".to_owned()
    } else {
        parts.join(", ")
    }
}

/// One lineage's figures through the drafts: what is counted and, per draft, its value as
/// written (`None`: the point or the figure is not in that draft). Only figures whose value
/// changed somewhere along the lineage are listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureTrack {
    /// Index of the lineage in the history.
    pub lineage: usize,
    /// What is counted ("personnel", "money", "time (day)").
    pub what: String,
    /// Per draft, the figure.
    pub values: Vec<Option<String>>,
}

/// The figures of every lineage through the drafts (see [`FigureTrack`]), e.g. the army cap
/// of the peace plans: 600,000, none, 800,000 (personnel).
pub fn figure_tracks<D: std::borrow::Borrow<Draft>>(drafts: &[D], h: &History) -> Vec<FigureTrack> {
    let det = Detector::bundled();
    let mut out = Vec::new();
    for (k, l) in h.lineages.iter().enumerate() {
        let per_draft: Vec<Option<Vec<(String, String)>>> = l
            .points
            .iter()
            .enumerate()
            .map(|(d, p)| {
                let point = drafts.get(d)?.borrow().points.get((*p)?)?;
                Some(det.figures(&point.text))
            })
            .collect();
        if per_draft.iter().filter(|f| f.is_some()).count() < 2 {
            continue;
        }
        let mut whats: Vec<&String> = per_draft
            .iter()
            .flatten()
            .flatten()
            .map(|(w, _)| w)
            .collect();
        whats.sort();
        whats.dedup();
        for what in whats {
            let values: Vec<Option<String>> = per_draft
                .iter()
                .map(|f| {
                    let list: Vec<&str> = f
                        .iter()
                        .flatten()
                        .filter(|(w, _)| w == what)
                        .map(|(_, v)| v.as_str())
                        .collect();
                    (!list.is_empty()).then(|| list.join(", "))
                })
                .collect();
            let first = &values[0];
            if values.iter().any(|v| v != first) {
                out.push(FigureTrack {
                    lineage: k,
                    what: what.clone(),
                    values,
                });
            }
        }
    }
    out
}

/// A figure track in one line: "personnel: 600,000, none, 800,000".
pub fn track_line(t: &FigureTrack) -> String {
    let values: Vec<&str> = t
        .values
        .iter()
        .map(|v| v.as_deref().unwrap_or("none"))
        .collect();
    format!("{}: {}", t.what, values.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{TextOptions, compare, history::history};

    fn drafts() -> Vec<Draft> {
        vec![
            Draft::from_text(
                "a",
                "Plan\n1. Ukraine's armed forces are capped at 600,000 personnel.\n2. Russia, Ukraine and Europe conclude a non-aggression agreement.\n",
            ),
            Draft::from_text(
                "b",
                "Plan\n1. Russia and Ukraine conclude a non-aggression agreement.\n",
            ),
            Draft::from_text(
                "c",
                "Plan\n1. Ukraine's armed forces are kept at 800,000 personnel in peacetime.\n2. Russia and Ukraine conclude a non-aggression agreement.\n",
            ),
        ]
    }

    #[test]
    fn reports_list_findings_by_kind_and_beside_rows() {
        let d = drafts();
        let c = compare(&d[0], &d[2], &TextOptions::default());
        let groups = by_kind(&d[0], &d[2], &c);
        let kinds: Vec<Kind> = groups.iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds, [Kind::Figure, Kind::Party]);
        assert_eq!(groups[1].1[0].0, "2 → 2");
        assert_eq!(counts_line(&c), "1 figure, 1 party");
        let mut out = Vec::new();
        crate::report::text::write(&mut out, &d[0], &d[2], &c).expect("written");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.contains("What changed in substance:\n  Figures:\n    1 → 1: figure changed: 600,000 personnel → 800,000 personnel"), "{text}");
        assert!(text.contains("    * party removed: Europe"), "{text}");
    }

    #[test]
    fn histories_follow_a_figure_through_the_drafts() {
        let d = drafts();
        let h = history(&d, &TextOptions::default());
        let tracks = figure_tracks(&d, &h);
        let army: Vec<&FigureTrack> = tracks.iter().filter(|t| t.what == "personnel").collect();
        assert_eq!(army.len(), 1, "{tracks:?}");
        assert_eq!(
            army[0].values,
            [Some("600,000".to_owned()), None, Some("800,000".to_owned())]
        );
        assert_eq!(track_line(army[0]), "personnel: 600,000 · none · 800,000");
    }
}
