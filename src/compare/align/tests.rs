use super::*;

fn pairs(groups: &[Group]) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut v: Vec<_> = groups
        .iter()
        .map(|g| (g.old.clone(), g.new.clone()))
        .collect();
    v.sort();
    v
}

#[test]
fn cognate_keys_are_one_for_a_name_or_an_international_word_in_any_script() {
    let key = |w: &str| cognate_key(w);
    for (a, b) in [
        ("Zaporizhzhia", "Запорізької"),
        ("ratification", "ратифікації"),
        ("Ratifikation", "ратификации"),
        ("sanctions", "Sanktionen"),
        ("sanctions", "санкцій"),
        ("Verkhovna", "Верховною"),
        ("monitoring", "моніторингу"),
        ("humanitarian", "гуманітарної"),
        ("infrastructure", "інфраструктури"),
    ] {
        assert_eq!(key(a), key(b), "{a} / {b}");
        assert!(key(a).is_some(), "{a}");
    }
    assert_ne!(key("ratification"), key("monitoring"));
    // Short words and skeletons have none (too many words would share them).
    assert_eq!(key("Kyiv"), None);
    assert_eq!(key("місія"), None);
    assert_eq!(key("area51x"), None);
}

#[test]
fn drafts_in_different_languages_pair_on_names_and_international_words() {
    // An English draft against its Ukrainian translation, revised: the plant's point moved
    // to the end. It shares no word and no concept of the thesaurus with its translation,
    // only names, which their consonants tell (`Energoatom` / `Енергоатом`,
    // `Zaporizhzhia` / `Запорізьку`).
    let old = [
        "The parties exchange all prisoners of war within thirty days.",
        "Energoatom operates the Zaporizhzhia plant.",
        "Humanitarian corridors stay open for the evacuation of civilians.",
        "Sanctions are lifted in stages, as the monitoring mission reports compliance.",
        "Ukraine receives reconstruction funding from frozen assets.",
        "Elections are held within one hundred days of signature.",
        "The Verkhovna Rada ratifies this framework before it enters into force.",
        "Foreign troops are not deployed on the territory of Ukraine after the ceasefire.",
        "A joint commission examines every complaint of a violation within seven days.",
    ];
    let new = [
        "Сторони обмінюють усіх військовополонених протягом тридцяти днів.",
        "Гуманітарні коридори залишаються відкритими для евакуації цивільних.",
        "Санкції знімаються поетапно, коли моніторингова місія підтверджує виконання.",
        "Україна отримує кошти на відбудову із заморожених активів.",
        "Вибори проводяться протягом ста днів після підписання.",
        "Верховна Рада ратифікує цю рамкову угоду до набрання нею чинності.",
        "Іноземні війська не розміщуються на території України після припинення вогню.",
        "Спільна комісія розглядає кожну скаргу на порушення протягом семи днів.",
        "Запорізьку станцію, як і раніше, експлуатує Енергоатом.",
    ];
    let groups = align(&old, &new, &TextOptions::default());
    assert!(
        pairs(&groups).contains(&(vec![1], vec![8])),
        "{:?}",
        pairs(&groups)
    );
}

#[test]
fn a_point_translated_and_revised_in_its_place_pairs_on_two_shared_words() {
    // English against its Ukrainian translation, revised. The fourth point keeps, of its
    // words, only `doctoral` (a cognate of `доктори`) and `years` (the thesaurus's
    // `років`), and a new point beside its translation holds `доктора` too: too little
    // for any rule on words, but it stands where it stood, and nothing else in its place
    // shares as much with it. The sixth shares one word (`years`) with the point in its
    // place: left removed and added.
    let old = [
        "The parties exchange all prisoners of war within thirty days.",
        "Humanitarian corridors stay open for the evacuation of civilians.",
        "Sanctions are lifted in stages, as the monitoring mission reports compliance.",
        "An applicant must hold a doctoral degree awarded at most seven years before the call closes.",
        "Elections are held within one hundred days of signature.",
        "A fellow who leaves early repays the grant received for the last two years.",
        "Foreign troops are not deployed on the territory of Ukraine after the ceasefire.",
    ];
    let new = [
        "Сторони обмінюють усіх військовополонених протягом тридцяти днів.",
        "Гуманітарні коридори залишаються відкритими для евакуації цивільних.",
        "Санкції знімаються поетапно, коли моніторингова місія підтверджує виконання.",
        "Участь у конкурсі можуть брати доктори філософії, що здобули ступінь не раніше ніж за вісім років до його закриття.",
        "Документи подають і аспіранти, що готують дисертацію доктора філософії.",
        "Вибори проводяться протягом ста днів після підписання.",
        "Звіт про виконання плану подається щороку, а за останні три роки — разом.",
        "Іноземні війська не розміщуються на території України після припинення вогню.",
    ];
    let groups = align(&old, &new, &TextOptions::default());
    let found = pairs(&groups);
    assert!(found.contains(&(vec![3], vec![3])), "{found:?}");
    let translated = groups.iter().find(|g| g.old == [3]).unwrap();
    assert_eq!(translated.evidence, Some(Evidence::InPlace));
    assert!(translated.weak);
    assert!(found.contains(&(vec![5], vec![])), "{found:?}");
    assert!(found.contains(&(vec![], vec![6])), "{found:?}");
}

#[test]
fn postings_and_holders_list_each_keys_points_in_order() {
    // Keys over the whole range of a hash (so that every bucket of the first pass is
    // used, the first and the last included), repeated across points and within the
    // shingles and words of one point, and enough of them for many buckets.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pool: Vec<u64> = (0..500)
        .map(|k| match k {
            0 => 0,
            1 => u64::MAX,
            _ => next(),
        })
        .collect();
    let old: Vec<Features> = (0..300)
        .map(|_| {
            let mut pick = |n: usize| {
                let mut v: Vec<u64> = (0..n).map(|_| pool[(next() % 500) as usize]).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            Features {
                shingles: pick(20),
                words: pick(20).into_iter().map(|w| w ^ WORD_KEY).collect(),
                ..Features::default()
            }
        })
        .collect();
    let postings = Postings::new(&old);
    let mut expected: std::collections::BTreeMap<u64, Vec<u32>> = Default::default();
    for (i, f) in old.iter().enumerate() {
        for &k in &f.shingles {
            expected.entry(k).or_default().push(i as u32);
        }
        for &w in &f.words {
            expected.entry(w ^ WORD_KEY).or_default().push(i as u32);
        }
    }
    let keys = |p: &Postings| p.ranges.iter().map(|r| r.len()).sum::<usize>();
    assert_eq!(keys(&postings), expected.len());
    for (key, points) in &expected {
        let range = postings.range(*key).expect("every key is listed");
        assert_eq!(postings.points(range), points.as_slice());
    }
    assert_eq!(keys(&Postings::new(&[])), 0);
    // The holders of distinctive words, built the same way, of two overlapping sides.
    let distinct = |f: &Features| Features {
        distinct: f.shingles.iter().map(|&x| (x, 1.0)).collect(),
        ..Features::default()
    };
    let olds: Vec<Features> = old[..200].iter().map(distinct).collect();
    let news: Vec<Features> = old[100..].iter().map(distinct).collect();
    let holders = Holders::new(&olds, &news);
    let mut words = FxHashSet::default();
    for (side, points) in [&olds, &news].into_iter().enumerate() {
        let mut expected: std::collections::BTreeMap<u64, Vec<u32>> = Default::default();
        for (p, f) in points.iter().enumerate() {
            for &(x, _) in &f.distinct {
                expected.entry(x).or_default().push(p as u32);
            }
        }
        for (x, points) in &expected {
            assert_eq!(holders.of(*x, side), points.as_slice());
            words.insert(*x);
        }
    }
    assert_eq!(holders.all().count(), words.len());
    let unheld = (1..).find(|x| !words.contains(x)).unwrap();
    assert!(holders.of(unheld, 0).is_empty() && holders.of(unheld, 1).is_empty());
}

/// The word hashes alignment reads of `text` as a point.
fn words(text: &str) -> Vec<u64> {
    features(text, true, &mut WordCache::default()).words
}

#[test]
fn a_number_written_in_words_is_also_read_as_its_figure() {
    let figure = word_hash("28");
    for text in [
        "Notice is given twenty-eight days ahead.",
        "Notice is given twenty eight days ahead.",
        "Повідомлення надсилається за двадцять вісім днів.",
        "The fee is 28 euros.",
    ] {
        assert!(words(text).contains(&figure), "{text}");
    }
    // Two numbers that only stand side by side are not one.
    for text in [
        "Of the twenty, eight are kept.",
        "twenty days and eight hours",
        "eight twenty",
    ] {
        assert!(!words(text).contains(&figure), "{text}");
    }
    assert!(words("within forty-five days").contains(&word_hash("45")));
}

#[test]
fn a_captions_stop_is_found_alike_in_bytes_and_in_characters() {
    for text in [
        "",
        " ",
        "Register of landlords. Nobody may let a flat.",
        "  Register\tof\x0blandlords.\nNobody",
        "One two three four five six. Seven.",
        "One two three four five six seven. Eight.",
        "U.S. forces withdraw.",
        "No stop at all",
        ". Leading stop",
        "Реєстр орендодавців. Ніхто не може",
        "Register\u{a0}of landlords. Nobody",
        "Register of landlords\u{2003}. Nobody",
        "Register of landlords.\u{85}Nobody",
        "Стоп.",
    ] {
        assert_eq!(caption_stop(text), caption_stop_chars(text), "{text:?}");
    }
}

#[test]
fn a_provision_keeping_its_rubric_on_a_line_of_its_own_pairs_however_its_body_was_rewritten() {
    // An article's rubric over its text (`Termination`, then `(Termination)` as the new
    // draft sets it), the body rewritten with no other word kept: one provision, rewritten.
    // (The old text writes its rubric only with a capital, as a name, and the gap holds another
    // new point: only the rubric speaks for the pair.)
    let old = [
        "Reports\nThe committee reports to both councils once a year.",
        "Duration\nThe arrangement runs for two years.",
        "Termination\nEach side can walk away provided it warns the other a quarter in advance.",
        "Disputes\nThe courts of Castelbruno settle any dispute.",
    ];
    let new = [
        "(Reports)\nEvery six months the committee reports to both councils.",
        "(Duration)\nThe arrangement stays in force for three years from signature.",
        "(Termination)\nLeaving takes effect half a year after notification, and ongoing \
         projects are completed.",
        "(Audit)\nAn independent firm audits the accounts yearly.",
        "(Courts)\nAny dispute goes to the courts of Castelbruno alone, after an attempt at \
         conciliation.",
    ];
    let groups = align(&old, &new, &TextOptions::default());
    let rubric = groups
        .iter()
        .find(|g| g.old == [2])
        .expect("old 3 in a group");
    assert_eq!(rubric.new, [2]);
    assert!(rubric.weak);
    // A sentence wrapped after a few words, a heading ending in a colon, and a first line
    // over one in small letters are no rubric.
    for text in [
        "The Parties shall\nensure that the courts settle any dispute.",
        "Termination:\nEither party may leave.",
        "Termination\neither party may leave.",
    ] {
        assert_eq!(caption_line(text), None, "{text:?}");
    }
    assert_eq!(
        caption_line("(Termination)\nEither party may leave."),
        Some(13)
    );
    // In brackets, run into the text as a plain-text copy joins it; not an item's letter.
    assert_eq!(
        bracketed_caption("(Termination) Either party may leave."),
        Some(12)
    );
    for text in [
        "(a) Either party may leave.",
        "(iii) Either party may leave.",
        "(Termination) either party may leave.",
        "(Termination",
        // A drafter's mark on where the point stands says nothing of its subject.
        "(Pending) Insurance for merchant ships is arranged.",
        "(Nuevo) Se crea un fondo de seguros.",
    ] {
        assert_eq!(bracketed_caption(text), None, "{text:?}");
    }
    // Nor is a sentence wrapped before a capitalised noun a rubric.
    assert_eq!(
        caption_line("Die Vertragsparteien unterstützen die\nFischer am Grenzsee."),
        None
    );
    assert_eq!(
        caption_line("Placeholder\nText on the Fund to follow."),
        None
    );
    // The same pair with the new rubric run into its text.
    let joined: Vec<String> = new.iter().map(|t| t.replacen('\n', " ", 1)).collect();
    let joined: Vec<&str> = joined.iter().map(String::as_str).collect();
    let groups = align(&old, &joined, &TextOptions::default());
    let rubric = groups
        .iter()
        .find(|g| g.old == [2])
        .expect("old 3 in a group");
    assert_eq!(rubric.new, [2]);
}

#[test]
fn a_packed_word_is_its_bytes_and_its_length() {
    let text = "Ukraine's рада 双方确认停火 abcdefghijklmnopqrstuvwxyz";
    for (start, _) in text.char_indices() {
        for end in (start..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            let word = &text[start..end];
            let expected = (word.len() <= PACKED_BYTES).then(|| {
                let mut bytes = [0u8; 16];
                bytes[..word.len()].copy_from_slice(word.as_bytes());
                bytes[15] = word.len() as u8;
                u128::from_le_bytes(bytes)
            });
            assert_eq!(packed(word), expected, "{word}");
        }
    }
}

#[test]
fn words_read_from_the_cache_give_the_features_read_afresh() {
    // Words repeated across points and within one, a thesaurus phrase (`armed forces`)
    // and its words apart, a large figure, Ukrainian case forms and Chinese characters.
    let texts = [
        "The armed forces withdraw 600,000 troops; the forces of each side stay.",
        "Armed FORCES of Ukraine: 800,000 troops, armed and trained.",
        "Збройні сили України та збройних сил Росії відводяться.",
        "双方确认停火，双方撤军。",
        "The armed forces withdraw 600,000 troops; the forces of each side stay.",
    ];
    let key = |f: &Features| (f.words.clone(), f.shingles.clone(), f.runs.clone());
    let mut shared = WordCache::default();
    for t in texts {
        let cached = read_features::<true>(t, true, |_| false, &mut shared);
        let fresh = read_features::<true>(t, true, |_| false, &mut WordCache::default());
        assert!(key(&cached) == key(&fresh), "{t}");
    }
    assert!(shared.reads.len() < texts.iter().map(|t| t.len()).sum::<usize>());
    // A full cache reads new words afresh and keeps no more.
    let mut full = WordCache {
        reads: vec![shared.reads[0]; CACHED_WORDS],
        ..WordCache::default()
    };
    let read = read_features::<false>(texts[1], true, |_| false, &mut full);
    let fresh = read_features::<false>(texts[1], true, |_| false, &mut WordCache::default());
    assert!(key(&read) == key(&fresh));
    assert!(full.reads.len() == CACHED_WORDS && full.index.is_empty() && full.short.is_empty());
}

fn evidence_of(groups: &[Group], old: usize) -> Option<(Vec<usize>, Option<Evidence>, bool)> {
    groups
        .iter()
        .find(|g| g.old.contains(&old))
        .map(|g| (g.new.clone(), g.evidence, g.weak))
}

/// Filler points on other subjects, so that word weights tell common words from rare ones.
const FILLER: [&str; 6] = [
    "The Parties shall exchange all prisoners of war within thirty days.",
    "A joint fund for rebuilding schools and hospitals is set up in the capital.",
    "Grain exports through the southern ports continue under naval escort.",
    "The border crossing at Dolna reopens for trucks carrying medicine.",
    "Each Party shall publish its budget for defence every year.",
    "Disputes between the Parties go to an arbitral tribunal seated in Vienna.",
];

/// Adds `shared` points, the same in both drafts, after the others.
fn both(old: &mut Vec<&'static str>, new: &mut Vec<&'static str>, shared: &[&'static str]) {
    old.extend_from_slice(shared);
    new.extend_from_slice(shared);
}

fn with_filler(middle: &[&'static str]) -> Vec<&'static str> {
    let mut v: Vec<&str> = FILLER[..3].to_vec();
    v.extend_from_slice(middle);
    v.extend_from_slice(&FILLER[3..]);
    v
}

#[test]
fn a_point_moved_and_reworded_pairs_on_one_rare_name_and_its_subject() {
    // The yearly report moved from the end to the front and was reworded: of its rare words
    // it keeps only `Lissaria`, which another point names too; its subject's words (year,
    // Board, projects) are common in these drafts. Of the points left it is most like its
    // old text, and the points removed and added elsewhere share nothing with it.
    let board = [
        "The Board approves each year the projects that the national offices propose.",
        "The Board meets twice a year and takes its decisions by consensus.",
        "Projects in the border regions come first when the Board ranks the proposals.",
    ];
    let mut old: Vec<&str> = FILLER.to_vec();
    old.extend(board);
    old.extend([
        "Lissaria shall host the secretariat of the fund in its capital.",
        "Contracts above one million euros are awarded by open tender.",
        "Lissaria reports each year to the Board on the progress of the projects on its territory.",
        "Fishing boats may enter the lake only during the summer months.",
        "Hunting licences are issued by the regional office.",
    ]);
    let mut new: Vec<&str> = vec![
        "Every year the Board hears from the government of Lissaria how the projects carried out in that country are advancing.",
        "Museums lend each other paintings for exhibitions free of charge.",
    ];
    new.extend(FILLER);
    new.extend(board);
    new.extend([
        "The secretariat of the fund sits in the capital of Lissaria.",
        "Contracts above one million euros are awarded by open tender.",
        "Orchestras tour both countries every second spring.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 11),
        Some((vec![0], Some(Evidence::Similar), true)),
        "{:?}",
        pairs(&g)
    );
    for removed in [12, 13] {
        assert!(g.iter().any(|x| x.old == [removed] && x.new.is_empty()));
    }
    for added in [1, 13] {
        assert!(g.iter().any(|x| x.old.is_empty() && x.new == [added]));
    }
}

#[test]
fn a_point_moved_and_paraphrased_pairs_on_a_term_no_other_point_holds() {
    // The hydrogen clause moved three places down and was rewritten: it keeps `hydrogen`
    // (in no other point) and the common `The Parties shall`, and of the points left it
    // is most like its old text. Points removed and added elsewhere share nothing.
    let mut old: Vec<&str> = FILLER[..2].to_vec();
    old.extend([
            "The Parties shall promote the production of hydrogen from renewable sources and its delivery by pipeline.",
            FILLER[2],
            "Fishing boats may enter the lake only during the summer months.",
            "Hunting licences are issued by the regional office.",
        ]);
    old.extend_from_slice(&FILLER[3..]);
    let mut new: Vec<&str> = FILLER[..2].to_vec();
    new.extend([
            "Museums lend each other paintings for exhibitions free of charge.",
            "Orchestras tour both countries every second spring.",
            FILLER[2],
            FILLER[3],
            "The Parties shall back making hydrogen out of sun and wind power and the building of pipes between them.",
        ]);
    new.extend_from_slice(&FILLER[4..]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 2),
        Some((vec![6], Some(Evidence::Similar), true)),
        "{:?}",
        pairs(&g)
    );
    assert!(g.iter().any(|x| x.old == [4] && x.new.is_empty()));
    assert!(g.iter().any(|x| x.old.is_empty() && x.new == [2]));
    // One clause removed and an unrelated one added far away, on the same frame and one
    // term: nothing to tell a pair that stands out from chance (a review's odd inputs).
    let old = [
        "The Board asked the Treasurer to audit the parking revenue.",
        "The Board approved the budget for the new library.",
        "The Board elected a new secretary.",
        "The meeting closed at 9 pm.",
    ];
    let new = [
        "The Board approved the budget for the new library.",
        "The Board elected a new secretary.",
        "The Board thanked the volunteers who ran the parking at the summer fair.",
        "The meeting closed at 9 pm.",
    ];
    let g = align(&old, &new, &TextOptions::default());
    assert!(
        g.iter().any(|x| x.old == [0] && x.new.is_empty()),
        "{:?}",
        pairs(&g)
    );
}

#[test]
fn a_weak_pair_in_order_gives_way_to_a_much_better_one_across_a_neighbour() {
    // The release rule moved before the inspections and was reworded; an added point on
    // fish ladders, where the release rule stood, shares only `with the approval of`.
    let old = with_filler(&[
        "The Commission shall appoint inspectors to visit every dam on the river twice a year.",
        "Water may be released from the upper reservoir only during the spring floods and with the approval of the Basin Council.",
    ]);
    let new = with_filler(&[
        "The Basin Council must approve any release from the upper reservoir, which is allowed only in the spring flood season.",
        "Inspectors named by the Commission visit each dam on the river twice yearly.",
        "Fish ladders shall be built with the approval of the fisheries office at every new weir.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).map(|e| e.0), Some(vec![4]));
    assert_eq!(evidence_of(&g, 4).map(|e| e.0), Some(vec![3]));
    assert!(
        g.iter().any(|x| x.old.is_empty() && x.new == [5]),
        "{:?}",
        pairs(&g)
    );
}

#[test]
fn a_weak_pair_in_order_is_outdone_only_by_a_pair_that_can_still_be_taken() {
    // The notice of defects is clearly kept; its wording is also close to the buyer's new
    // notice of damage, the rewrite of the rejection rule. That closeness cannot be taken
    // (the notice of defects is matched), so the rewrite keeps its place, and the point
    // added after it on the carrier's log stays added.
    let old = with_filler(&[
        "The Seller shall notify the Buyer in writing within ten days of any defect found in the goods after delivery.",
        "The Buyer may reject a consignment that arrives damaged and return it at the cost of the carrier.",
    ]);
    let new = with_filler(&[
        "The Seller shall promptly notify the Buyer in writing within ten days of any defect found in the goods after their delivery.",
        "The Buyer shall notify the Seller in writing within ten days of any damage found in a consignment after delivery.",
        "The carrier keeps a log of every trip it makes for the Seller.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).map(|e| e.0), Some(vec![3]));
    assert_eq!(
        evidence_of(&g, 4).map(|e| e.0),
        Some(vec![4]),
        "{:?}",
        pairs(&g)
    );
    assert!(g.iter().any(|x| x.old.is_empty() && x.new == [5]));
}

#[test]
fn a_paraphrase_in_common_words_standing_out_in_its_gap_pairs_in_place() {
    // `Kyiv`, `security` and `guarantees` are in several points of each draft, so the
    // pair shares no distinctive word; among the points left between the same matched
    // neighbours, nothing else comes near it.
    let mut old = with_filler(&[
        "Kyiv is to be given dependable security guarantees by its partners.",
        "Fishing quotas in the northern lakes are halved from the spring.",
        "Kyiv keeps a navy of twelve vessels at most.",
    ]);
    let mut new = with_filler(&[
        "Strong security guarantees are promised to Kyiv.",
        "Road tolls on the coastal highway are abolished for farmers.",
    ]);
    both(
        &mut old,
        &mut new,
        &[
            "Security guarantees for Kyiv are reviewed by the Parties every year.",
            "Kyiv asks for security guarantees in writing before the vote.",
        ],
    );
    let g = align(&old, &new, &TextOptions::default());
    let (to, evidence, weak) = evidence_of(&g, 3).unwrap();
    assert_eq!(to, vec![3]);
    assert_eq!(evidence, Some(Evidence::InPlace));
    assert!(weak);
    // The fishing quotas and the tolls share nothing but chance: removed and added.
    assert!(g.iter().any(|x| x.old == [4] && x.new.is_empty()));
    assert!(g.iter().any(|x| x.new == [4] && x.old.is_empty()));
    // With a rival about as close, the place does not say which one was rewritten.
    old[5] = "Kyiv is given further security guarantees by its partners at sea.";
    let g = align(&old, &new, &TextOptions::default());
    assert!(g.iter().any(|x| x.new == [3] && x.old.is_empty()));
}

#[test]
fn a_short_point_restated_alone_in_its_gap_pairs_in_place() {
    // Two outlets' renderings of one plan, every point restated. Point 5 is alone between
    // matched neighbours; `Kyiv`, `security` and `guarantees` are in many points of each
    // draft, so it shares no distinctive word with its restatement, and nothing else is left
    // in the gap to stand out against; but it shares most of its content words.
    let mut old = vec![
        "The sovereignty of Kyiv will be confirmed by every signatory.",
        "A full non-aggression pact is concluded between the two states and Europe.",
        "Nobody expects the alliance to expand further east.",
        "Washington will mediate a dialogue between the alliance and Moscow on security.",
        "Kyiv will be given dependable security guarantees.",
        "The armed forces of Kyiv are capped at 600,000 personnel.",
        "Kyiv writes into its constitution that it will not join the alliance.",
        "Foreign troops are not stationed on the territory of Kyiv.",
        "Fighter jets of European states are based in a neighbouring country.",
        "If Kyiv attacks first, it loses the security guarantees.",
        "The security guarantees of Kyiv end if Moscow is provoked by it.",
        "Washington is paid for the security guarantees it gives Kyiv.",
        "Kyiv's security depends on a sanctions regime restored at once.",
        "A council chaired by Washington watches over the security guarantees for Kyiv.",
    ];
    let new = vec![
        "Every party signing the document confirms the sovereignty of Kyiv.",
        "The two states and Europe sign a complete agreement on non-aggression.",
        "It is understood that the alliance will not grow any further east.",
        "Talks between the alliance and Moscow on all security concerns will be brokered by Washington.",
        "Kyiv will obtain reliable guarantees of its security.",
        "Kyiv's army shall not exceed 600,000 troops.",
        "The constitution of Kyiv will state that it stays outside the alliance.",
        "No foreign forces will be deployed on the soil of Kyiv.",
        "European fighter aircraft will be stationed in a neighbouring country.",
        "Should Kyiv strike first, the guarantees of its security lapse.",
        "Kyiv forfeits the security guarantees when it provokes Moscow.",
        "Washington receives payment for guaranteeing the security of Kyiv.",
        "Sanctions come back at once to protect the security of Kyiv.",
        "The guarantees for Kyiv's security are overseen by a council Washington chairs.",
    ];
    let g = align(&old, &new, &TextOptions::default());
    let (to, evidence, weak) = evidence_of(&g, 4).unwrap();
    assert_eq!(to, vec![4], "{:?}", pairs(&g));
    assert_eq!(evidence, Some(Evidence::InPlace));
    assert!(weak);
    // A point on another subject in its place, sharing one word of it, is removed and added.
    old[4] = "Kyiv will reopen the museums of its old town to visitors.";
    let g = align(&old, &new, &TextOptions::default());
    assert!(
        g.iter().any(|x| x.old == [4] && x.new.is_empty()),
        "{:?}",
        pairs(&g)
    );
}

#[test]
fn a_figure_with_a_word_of_scale_is_read_as_the_figure_in_full() {
    for (number, word, whole) in [
        ("600", "тисяч", Some("600,000")),
        ("800", "тисяч", Some("800,000")),
        ("100", "billion", Some("100,000,000,000")),
        ("1,5", "млрд", Some("1,500,000,000")),
        ("2.25", "million", Some("2,250,000")),
        ("5", "млн", Some("5,000,000")),
        ("12", "тис", Some("12,000")),
        // Not a word of scale, not a figure of this kind.
        ("3", "тиск", None),
        ("2", "тисячоліття", None),
        ("5", "millionaires", None),
        ("1", "millionth", None),
        ("300", "тисячами", Some("300,000")),
        ("40", "millions", Some("40,000,000")),
        ("600", "troops", None),
        ("1,500", "тисяч", None),
        ("12345", "тисяч", None),
    ] {
        assert_eq!(
            super::features::scaled_figure(number, word).as_deref(),
            whole,
            "{number} {word}"
        );
    }
    // A point read with a word of scale holds the figure in full, as another rendering
    // writes it (not its shape: `$100 billion` and `$800 billion` are two figures); a figure
    // with something else between it and the word does not.
    let full = words("Kyiv's armed forces will be capped at 600,000 personnel.");
    for text in [
        "Чисельність ЗСУ буде обмежено до 600 тисяч осіб.",
        "Численность ВСУ ограничат 600 тыс. человек.",
        "The army is capped at 600 thousand.",
    ] {
        let scaled = words(text);
        assert!(
            scaled.contains(&word_hash("600,000")) && full.contains(&word_hash("600,000")),
            "{text}"
        );
    }
    let shape = super::features::figure_shape_hash("100,000,000,000").unwrap();
    assert!(!words("a fund of $100 billion").contains(&shape));
    assert!(!words("600 (тисяч) осіб").contains(&word_hash("600,000")));
}

#[test]
fn a_point_whose_figure_changed_shares_the_figures_shape() {
    // `Kyiv` and its armed forces are in several points; the figures differ, but both
    // are hundreds of thousands, as no other point's are.
    let mut old = with_filler(&[
        "Kyiv's armed forces are capped at 600,000 personnel.",
        "Fishing quotas in the northern lakes are halved from the spring.",
    ]);
    let mut new = with_filler(&[
        "Road tolls on the coastal highway are abolished for farmers.",
        "In peacetime Kyiv keeps armed forces 800,000 strong.",
    ]);
    both(
        &mut old,
        &mut new,
        &[
            "Kyiv withdraws its armed forces from the border villages within 30 days.",
            "Foreign armed forces may not be stationed in Kyiv before 2030.",
        ],
    );
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).unwrap().0, vec![4]);
    // The figure's shape is the one distinctive word the two share.
    assert_eq!(with_context(&old, &new, |c, _| c.judge(3, 4).distinct), 1);
    // A year is no figure's shape: two points naming other years are not paired by them.
    assert_eq!(figure_shape_hash("2027"), None);
    assert_eq!(figure_shape_hash("600,000"), figure_shape_hash("800,000"));
    assert_ne!(figure_shape_hash("600,000"), figure_shape_hash("60,000"));
    assert_eq!(figure_shape_hash("800"), None);
}

#[test]
fn elaborated_point_is_contained() {
    let old = with_filler(&["An observer mission shall monitor the truce along the Varel river."]);
    let new = with_filler(&[
        "An observer mission of at least 900 unarmed monitors, drawn from neutral states, shall monitor the truce along the Varel river, report weekly to both capitals, and may enter any village within ten kilometres of the water without notice.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    let (to, evidence, _) = evidence_of(&g, 3).unwrap();
    assert_eq!(to, vec![3]);
    assert_eq!(evidence, Some(Evidence::Contained));
}

#[test]
fn removed_and_added_points_say_which_points_of_the_other_draft_they_resemble() {
    // Too little in common to pair (one rare name), enough for a reader to look at.
    let old = with_filler(&[
        "A commission chaired by the Red Cross shall trace missing persons and meet every month.",
    ]);
    let mut new = with_filler(&[]);
    new.push("Refugees may go back to their villages, helped by the Red Cross.");
    let g = align(&old, &new, &TextOptions::default());
    let removed = g.iter().find(|g| g.old == [3]).unwrap();
    assert!(removed.new.is_empty());
    assert_eq!(removed.resembles, [6]);
    let added = g.iter().find(|g| g.new == [6]).unwrap();
    assert!(added.old.is_empty());
    assert_eq!(added.resembles, [3]);
    // A paired point resembles nothing; a removed point sharing no rare word neither.
    assert!(
        g.iter()
            .filter(|g| g.old == [0])
            .all(|g| g.resembles.is_empty())
    );
    let old = with_filler(&["The Parties shall meet every month."]);
    let g = align(&old, &new, &TextOptions::default());
    let removed = g.iter().find(|g| g.old == [3]).unwrap();
    assert!(removed.new.is_empty() && removed.resembles.is_empty());
}

#[test]
fn a_word_only_two_points_hold_pairs_them_between_the_same_neighbours() {
    // Rewritten at length where it stood, beside a point removed there: the two share one
    // rare word (`sovereign*`) that no other point of either draft has, and little else.
    let old = with_filler(&[
        "Ukraine receives confirmation of its sovereignty.",
        "Fishing quotas in the northern lakes are halved.",
    ]);
    let new = with_filler(&[
        "Every signatory recognises, by its signature on this document, that the country is \
             a sovereign state, and says so again in each later instrument it signs.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 3),
        Some((vec![3], Some(Evidence::InPlace), true))
    );
    assert!(g.iter().any(|g| g.old == [4] && g.new.is_empty()));
    // Nor is a name (an actor any provision may mention), however rare.
    let named = with_filler(&[
        "Washington and Moscow prolong their treaties on arms control.",
        "Fishing quotas in the northern lakes are halved.",
    ]);
    let renamed = with_filler(&["Kyiv and Washington move faster toward free trade."]);
    let g = align(&named, &renamed, &TextOptions::default());
    assert!(g.iter().any(|g| g.old == [3] && g.new.is_empty()));
    // A word a third point holds too is no such evidence of its own: the two still pair
    // as each other's closest resemblance in their place (`pair_resembling`) while the
    // third point says something else, and not when it says what the old point said.
    let mut frozen = new.clone();
    frozen.insert(7, "Frozen sovereign assets stay frozen.");
    let g = align(&old, &frozen, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).unwrap().0, [3]);
    let mut confirmed = new.clone();
    confirmed.insert(
        7,
        "Ukraine's sovereignty is confirmed, and nobody questions it.",
    );
    let g = align(&old, &confirmed, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).unwrap().0, [7]);
}

#[test]
fn a_point_rewritten_where_it_stood_names_the_point_in_its_place() {
    // Alone between the same kept neighbours, sharing only a common word (`Parties`, held
    // by filler points too): too little to pair, and the place is where a reader looks.
    let old = with_filler(&["The Parties shall not advance beyond the line drawn on the map."]);
    let new = with_filler(&["Each of the Parties stays where it stood when the guns fell silent."]);
    let g = align(&old, &new, &TextOptions::default());
    let removed = g.iter().find(|g| g.old == [3]).unwrap();
    assert!(removed.new.is_empty());
    assert_eq!(removed.resembles, [3]);
    let added = g.iter().find(|g| g.new == [3]).unwrap();
    assert_eq!(added.resembles, [3]);
    // Beside a point removed there, the first point left on each side is in the other's
    // place (next to the same matched neighbour).
    let old = with_filler(&[
        "The Parties shall not advance beyond the line drawn on the map.",
        "Fishing quotas in the northern lakes are halved.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    let removed = g.iter().find(|g| g.old == [3]).unwrap();
    assert_eq!(
        (removed.new.is_empty(), removed.resembles.as_slice()),
        (true, &[3][..])
    );
    let added = g.iter().find(|g| g.new == [3]).unwrap();
    assert_eq!(added.resembles, [3]);
    // With no content word in common (only `the`, `on`, `it`), the place alone names nothing.
    let old = with_filler(&["Nobody shall advance beyond the line drawn on the map."]);
    let new = with_filler(&["Each side stays where it stood when the guns fell silent."]);
    let g = align(&old, &new, &TextOptions::default());
    let removed = g.iter().find(|g| g.old == [3]).unwrap();
    assert!(removed.new.is_empty() && removed.resembles.is_empty());
}

#[test]
fn chinese_points_pair_on_the_character_pairs_they_share() {
    // Reworded between two kept neighbours: most characters are new, but the point keeps
    // words of two characters (监督, 委员, 联合) that no other point has.
    let old = [
        "双方确认沿接触线停火。",
        "设立联合监督委员会，由欧洲安全与合作组织担任主席，每周举行一次会议。",
        "战俘应在三十日内交换。",
        "本协议自签署之日起生效。",
    ];
    let mut new = old;
    new[1] = "今后由联合国领导监督委员会的工作，开会改为两周一次。";
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 1).map(|e| e.0), Some(vec![1]));
    // A point on another subject in its place shares a single character (会) only.
    new[1] = "乌克兰的保障须具有法律约束力，并经美国国会批准。";
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 1).map(|e| e.0), Some(vec![]));
}

#[test]
fn ukrainian_case_endings_are_the_same_words() {
    let old = [
        "Верховна Рада ратифікує угоду про відновлення енергосистеми протягом місяця.",
        "Сторони обмінюються полоненими за формулою всіх на всіх.",
        "Кордони відкриваються для гуманітарних вантажів.",
    ];
    let new = [
        "Угода про відновлення енергосистеми ратифікується Верховною Радою протягом місяця.",
        "Сторони обмінюються полоненими за формулою всіх на всіх.",
        "Кордони відкриваються для гуманітарних вантажів.",
    ];
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 0),
        Some((vec![0], Some(Evidence::Similar), false))
    );
}

#[test]
fn rewritten_point_between_matched_neighbours_pairs_in_place() {
    // Almost every word is new, but the subject's rare words (sturgeon, spawning) are kept.
    let old = with_filler(&[
        "The Parties shall protect sturgeon by closing the river to fishing during spawning.",
    ]);
    let new = with_filler(&[
        "No sturgeon may be caught anywhere on the water between April and June, the spawning months.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    let (to, evidence, weak) = evidence_of(&g, 3).unwrap();
    assert_eq!(to, vec![3]);
    assert!(matches!(
        evidence,
        Some(Evidence::InPlace | Evidence::Similar)
    ));
    assert!(weak);
}

#[test]
fn a_paraphrase_in_synonyms_pairs_through_the_thesaurus() {
    // No word in common but `no` and `and`: troops/contingents, withdrawn/pull back,
    // weapons/armaments and stationed/deployed are lines of the thesaurus.
    let old = with_filler(&["Foreign troops shall be withdrawn and no weapons stationed."]);
    let new =
        with_filler(&["Contingents of other countries pull back, and no armaments are deployed."]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).unwrap().0, vec![3]);
    // The same sentence with words the thesaurus does not join stays removed + added.
    let new = with_filler(&["Ferries from the islands sail on, and no tolls are charged."]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).unwrap().0, Vec::<usize>::new());
}

#[test]
fn a_sentence_split_off_and_said_almost_whole_joins_the_split() {
    // The new first part restates the old point's first sentence; the second part, paired
    // first, already holds all its words. Alone in its gap, it is a part all the same.
    let old = with_filler(&[
        "The Secretary-General of the Commission shall be the Depositary of this Agreement. \
             The original of this Agreement, in English and Ukrainian, both equally authentic, \
             shall be deposited with the Depositary.",
    ]);
    let new = with_filler(&[
        "The Secretary-General of the Commission shall be the Depositary of this Agreement.",
        "The original of this Agreement, in English and Ukrainian, both equally authentic, \
             shall be deposited with the Secretary-General of the Commission.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).unwrap().0, vec![3, 4]);
}

#[test]
fn neighbours_rewritten_where_they_stood_pair_in_order_on_one_rare_word_each() {
    // Each old point keeps one rare word of its own in the new point at its place, and
    // nothing else: one such word is chance for one pair, not for a run of them in order.
    let old = with_filler(&[
        "Sturgeon fishing stops while they spawn.",
        "Licences lapse after a season without a catch report.",
    ]);
    let new = with_filler(&[
        "No one may take sturgeon in April or May.",
        "A skipper who files nothing for a year loses the licence.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    for k in [3, 4] {
        let (to, evidence, weak) = evidence_of(&g, k).unwrap();
        assert_eq!(
            (to, evidence, weak),
            (vec![k], Some(Evidence::InPlace), true)
        );
    }
    // Swapped, the words disagree with the order: the place pairs nothing against them.
    let new = with_filler(&[
        "A skipper who files nothing for a year loses the licence.",
        "No one may take sturgeon in April or May.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    for k in [3, 4] {
        assert_ne!(evidence_of(&g, k).unwrap().0, vec![k]);
    }
}

/// The pairs of a gap whose old points are `olds` and new ones `news` (none matched
/// yet) that `closest_in_order` takes, given each pair's similarity.
fn closest_run(olds: usize, news: usize, scores: &[(usize, usize, f32)]) -> Vec<(usize, usize)> {
    let matches = Matches {
        old: vec![None; olds],
        new: vec![None; news],
        score: vec![0.0; olds],
        evidence: vec![(Evidence::Similar, false); olds],
    };
    let judged: Vec<(usize, usize, Judged)> = (0..olds)
        .flat_map(|i| (0..news).map(move |j| (i, j)))
        .map(|(i, j)| {
            let score = scores
                .iter()
                .find(|t| (t.0, t.1) == (i, j))
                .map_or(0.02, |t| t.2);
            let jd = Judged {
                score,
                cover: score,
                ratio: 1.0,
                distinct: 0,
                distinct_cover: 0.0,
            };
            (i, j, jd)
        })
        .collect();
    let (o, n): (Vec<usize>, Vec<usize>) = ((0..olds).collect(), (0..news).collect());
    closest_in_order(&matches, &o, &n, &judged)
        .into_iter()
        .map(|t| (t.0, t.1))
        .collect()
}

#[test]
fn a_run_of_points_each_others_closest_in_a_gap_pairs_in_order() {
    // A counter-proposal answering four points in turn in its own words, one of them
    // dropped: each answer's closest old point is the one it answers, at topic level.
    let answers = [
        (0, 0, 0.15),
        (1, 0, 0.08),
        (2, 1, 0.16),
        (3, 2, 0.13),
        (3, 1, 0.10),
    ];
    assert_eq!(closest_run(4, 3, &answers), vec![(0, 0), (2, 1), (3, 2)]);
    // One such pair alone is chance: a point dropped beside one added on its subject.
    assert_eq!(closest_run(3, 3, &[(1, 1, 0.3)]), vec![]);
    // Below the floor, closeness is no evidence.
    assert_eq!(closest_run(2, 2, &[(0, 0, 0.11), (1, 1, 0.3)]), vec![]);
    // Closest to each other but crosswise: the order does not agree with the words.
    assert_eq!(closest_run(2, 2, &[(0, 1, 0.2), (1, 0, 0.2)]), vec![]);
    // A new point closest to an old one that is closer to another new one is not its pair.
    assert_eq!(
        closest_run(
            2,
            3,
            &[(0, 0, 0.2), (1, 0, 0.25), (1, 1, 0.15), (0, 2, 0.13)]
        ),
        vec![]
    );
}

#[test]
fn a_moved_point_sharing_rare_names_with_one_point_is_paired() {
    // Moved from the start to the end and rewritten; what is left is two names that no
    // other point has.
    let mut old = vec![
        "The secretariat of the Merin Basin Commission sits in Varel and is paid for by the Parties in equal shares.",
    ];
    old.extend_from_slice(&FILLER);
    let mut new: Vec<&str> = FILLER.to_vec();
    new.push("Each side covers half the running costs of the standing office that serves the Commission from Varel, on the Merin.");
    let g = align(&old, &new, &TextOptions::default());
    let (to, evidence, weak) = evidence_of(&g, 0).unwrap();
    assert_eq!(to, vec![6]);
    assert_eq!(evidence, Some(Evidence::Similar));
    assert!(weak);
}

#[test]
fn points_sharing_only_common_words_are_not_paired() {
    // Same place, same frame ("The Parties shall ... the"), different subjects.
    let old = with_filler(&["The Parties shall lift the sanctions on foreign banks."]);
    let new = with_filler(&["The Parties shall build a bridge over the strait."]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).unwrap().0, Vec::<usize>::new());
}

#[test]
fn rewritten_neighbours_that_swapped_are_paired_crosswise() {
    let old = with_filler(&[
        "The ceasefire commission meets in Geneva every second week.",
        "Observers report breaches of the truce to the guarantors at once.",
    ]);
    let new = with_filler(&[
        "Any breach of the truce seen by observers goes straight to the guarantors.",
        "Every two weeks the ceasefire commission holds a session in Geneva.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).unwrap().0, vec![4]);
    assert_eq!(evidence_of(&g, 4).unwrap().0, vec![3]);
}

/// Runs `f` on the context and the identical pairs of two drafts, as `align` builds them.
fn with_context<R>(old: &[&str], new: &[&str], f: impl FnOnce(&Context<'_>, &Matches) -> R) -> R {
    let mut matches = pair_identical(old, new, &TextOptions::default());
    in_context(old, new, &mut matches, |c, m| f(c, m))
}

#[test]
fn candidates_are_the_reworded_counterparts_best_first() {
    let old = with_filler(&[
        "The ceasefire commission meets in Geneva every second week.",
        "Observers report breaches of the truce to the guarantors at once.",
    ]);
    let mut new = with_filler(&[
        "Observers report any breach of the truce to the guarantors at once.",
        "The ceasefire commission meets in Geneva every week.",
    ]);
    new.push("A new bridge over the strait is built with money from the fund.");
    let candidates = with_context(&old, &new, propose);
    // Identical points (the filler) have no candidates; each reworded point has its
    // counterpart, whatever their order.
    assert!(
        candidates
            .iter()
            .all(|c| (3..=4).contains(&c.old) || c.new == 9)
    );
    let best = |j: usize| candidates.iter().find(|c| c.new == j).map(|c| c.old);
    assert_eq!(best(3), Some(4));
    assert_eq!(best(4), Some(3));
    // Sorted best first, and clear matches on words kept.
    assert!(candidates.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(
        candidates
            .iter()
            .filter(|c| c.new != 9)
            .all(|c| c.old + c.new == 7 || c.score < CLEAR_MATCH)
    );
    assert!(
        candidates
            .iter()
            .any(|c| (c.old, c.new) == (4, 3) && c.score >= CLEAR_MATCH)
    );
    // The unrelated point shares only common words: nothing may be taken for it.
    assert!(
        candidates
            .iter()
            .filter(|c| c.new == 9)
            .all(|c| c.in_place_only)
    );
}

#[test]
fn points_reworded_in_place_are_paired_before_voting_best_first() {
    // Between identical neighbours, two points reworded and swapped, and one pair that
    // shares too little to be clear: only the clear pairs are taken, crosswise.
    let old = with_filler(&[
        "The ceasefire commission meets in Geneva every second week.",
        "Observers report breaches of the truce to the guarantors at once.",
        "Fishing boats may use the northern harbour at night.",
    ]);
    let new = with_filler(&[
        "Observers report any breach of the truce to the guarantors at once.",
        "The ceasefire commission meets in Geneva every week.",
        "A new bridge over the strait is built with money from the fund.",
    ]);
    let taken = with_context(&old, &new, |c, m| {
        let mut m = Matches {
            old: m.old.clone(),
            new: m.new.clone(),
            score: m.score.clone(),
            evidence: m.evidence.clone(),
        };
        pair_clear_in_place(&mut m, c);
        m.old
    });
    assert_eq!(taken[3], Some(4));
    assert_eq!(taken[4], Some(3));
    assert_eq!(taken[5], None);
}

#[test]
fn shared_distinctive_words_are_indexed_once_for_both_sides() {
    let old = with_filler(&["The Merin Basin Commission sits in Varel."]);
    let new = with_filler(&["Varel hosts the office of the Commission for the Merin."]);
    with_context(&old, &new, |c, m| {
        // Only the rewritten point is left on each side, and its rare names are indexed.
        assert_eq!(m.old.iter().filter(|x| x.is_none()).count(), 1);
        let varel = c.old[3]
            .distinct
            .iter()
            .map(|d| d.0)
            .find(|x| c.new[3].distinct.iter().any(|d| d.0 == *x));
        let varel = varel.expect("a shared distinctive word");
        assert_eq!(c.holders.of(varel, 0), &[3]);
        assert_eq!(c.holders.of(varel, 1), &[3]);
        assert_eq!(unique_terms(m, c), vec![(3, 3)]);
    });
}

#[test]
fn voting_prefers_old_points_sharing_rare_keys() {
    // Key lists of one new point: a rare key held by old 7, a common one held by 0..5.
    let rare: &[u32] = &[7];
    let common: &[u32] = &[0, 1, 2, 3, 4, 5];
    let shared: &[u32] = &[2, 7];
    let mut lists = vec![common, rare, shared];
    let mut votes = vec![0.0; 8];
    let mut touched = Vec::new();
    let top = vote(&mut lists, 16, 0, &mut votes, &mut touched);
    assert_eq!(top[0], 7);
    assert_eq!(top[1], 2);
    assert!(top.len() <= CANDIDATES);
    // Scratch space is left clean for the next point.
    assert!(votes.iter().all(|&v| v == 0.0) && touched.is_empty());
    // Past the rarest six, keys held by more than `cap` points do not vote.
    let many: Vec<u32> = (0..8).collect();
    let mut lists: Vec<&[u32]> = vec![&many; 7];
    lists.push(rare);
    let top = vote(&mut lists, 2, 7, &mut votes, &mut touched);
    assert_eq!(top[0], 7);
    // A key held by more than `cap` points votes only near the expected place.
    let everywhere: Vec<u32> = (0..200).collect();
    let mut votes = vec![0.0; 200];
    let mut lists: Vec<&[u32]> = vec![&everywhere];
    let top = vote(&mut lists, 2, 150, &mut votes, &mut touched);
    assert!(!top.is_empty());
    assert!(
        top.iter().all(|&i| i.abs_diff(150) <= NEAR_WINDOW),
        "{top:?}"
    );
}

#[test]
fn renumbered_and_reworded_points_match_by_content() {
    let old = [
        "Ukraine's sovereignty is confirmed by all parties.",
        "The armed forces of Ukraine are capped at 600,000 personnel.",
        "A full amnesty is granted to all parties for acts during the war.",
        "Elections are held in Ukraine within 100 days of signature.",
    ];
    let new = [
        "Ukraine's sovereignty is reaffirmed by all parties.",
        "Elections are held in Ukraine as soon as possible after signature.",
        "The armed forces of Ukraine stay at 800,000 personnel in peacetime.",
    ];
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        pairs(&g),
        vec![
            (vec![0], vec![0]),
            (vec![1], vec![2]),
            (vec![2], vec![]),
            (vec![3], vec![1]),
        ]
    );
}

#[test]
fn merge_and_split_are_found() {
    let old = [
        "The Zaporizhzhia nuclear power plant restarts under the supervision of the IAEA.",
        "Electricity from the plant is divided equally between the two countries.",
        "A humanitarian committee arranges the exchange of all prisoners and bodies, and the return of civilian detainees and children to their families.",
    ];
    let new = [
        "The Zaporizhzhia nuclear power plant restarts under the supervision of the IAEA, and electricity from the plant is divided equally between the two countries.",
        "A humanitarian committee arranges the exchange of all prisoners and bodies.",
        "The return of civilian detainees and children to their families is arranged by the committee.",
    ];
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        pairs(&g),
        vec![(vec![0, 1], vec![0]), (vec![2], vec![1, 2])]
    );
}

#[test]
fn a_short_point_merged_into_a_far_point_joins_it() {
    // The decision rule moves from the end into the first point: far apart, and little
    // more than half of its words are inside.
    let mut old = vec!["The Joint Harbour Board sets the dredging budget for the port of Varel."];
    old.extend_from_slice(&FILLER);
    old.push("The Joint Harbour Board takes all its decisions unanimously and in public session.");
    let mut new = vec![
        "Every spring, after consulting shipowners, fishermen and the town council, the Joint Harbour Board, deciding unanimously and in public, sets the dredging budget for the port of Varel and its approaches.",
    ];
    new.extend_from_slice(&FILLER);
    let g = align(&old, &new, &TextOptions::default());
    let (to, evidence, _) = evidence_of(&g, 7).unwrap();
    assert_eq!((to, evidence), (vec![0], Some(Evidence::Merged)));
}

#[test]
fn a_point_only_sharing_words_with_another_part_of_a_merge_stays_out() {
    // Old 8 and 9 merge into new 6. Old 0, far away and removed, shares words with old 9
    // only: judged before old 9 joins, it seems to bring the merge words of its own.
    let mut old = vec![
        "The liaison office keeps records of the eastern airfields and charges no fee for any copy it issues.",
    ];
    old.extend_from_slice(&FILLER);
    old.push("The central bank compensates the owners of requisitioned fishing boats within a year, at market prices set by independent valuers. Owners who disagree with a valuation may appeal to the maritime court, which decides within ninety days. Boats that were sunk are paid for at their value on the day they were taken.");
    old.push("The liaison office keeps records of the eastern airfields.");
    let mut new = FILLER.to_vec();
    new.push(concat!(
            "The central bank compensates the owners of requisitioned fishing boats within a year, at market prices set by independent valuers. ",
            "Owners who disagree with a valuation may appeal to the maritime court, which decides within ninety days. ",
            "Boats that were sunk are paid for at their value on the day they were taken. ",
            "The liaison office keeps records of the eastern airfields."
        ));
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 7).map(|e| (e.0, e.1)),
        Some((vec![6], Some(Evidence::Merged)))
    );
    assert_eq!(evidence_of(&g, 8).map(|e| e.0), Some(vec![6]));
    assert_eq!(evidence_of(&g, 0).map(|e| e.0), Some(vec![]));
}

/// A long draft: `n` points on districts, reworded a little in the newer draft (so that
/// every point counts in the word weights), with `old_extra` inserted at old place
/// `old_at` and `new_extra` at new place `new_at`.
fn long_drafts(
    n: usize,
    old_extra: (usize, &str),
    new_extra: (usize, &str),
) -> (Vec<String>, Vec<String>) {
    let district = |k: usize| format!("Dis{}trict{}", ["a", "e", "o", "u"][k % 4], k);
    // One point in ten also names the ferries: too many points for a distinctive word.
    let ferries = |k: usize| {
        if k.is_multiple_of(10) {
            " and ferries"
        } else {
            ""
        }
    };
    let mut old: Vec<String> = (0..n)
        .map(|k| {
            let (d, f) = (district(k), ferries(k));
            format!("The parties shall report every year on the roads{f} and schools of {d}.")
        })
        .collect();
    let mut new: Vec<String> = (0..n)
        .map(|k| {
            let (d, f) = (district(k), ferries(k));
            format!("Each year the parties report on the roads{f} and schools of {d}.")
        })
        .collect();
    old.insert(old_extra.0, old_extra.1.to_owned());
    new.insert(new_extra.0, new_extra.1.to_owned());
    (old, new)
}

#[test]
fn a_point_far_from_its_place_needs_a_shared_subject() {
    let removed = "The parties shall report every month on the ferries and schools of the capital.";
    let added = "Each year the parties report on the ferries and schools of the border towns.";
    let (old, new) = long_drafts(120, (3, removed), (110, added));
    let old: Vec<&str> = old.iter().map(String::as_str).collect();
    let new: Vec<&str> = new.iter().map(String::as_str).collect();
    let g = align(&old, &new, &TextOptions::default());
    // Words that many points have, a hundred points apart: removed and added.
    assert_eq!(evidence_of(&g, 3).map(|e| e.0), Some(vec![]));
    // Near its place, the same pair is taken.
    let (old, new) = long_drafts(120, (3, removed), (4, added));
    let old: Vec<&str> = old.iter().map(String::as_str).collect();
    let new: Vec<&str> = new.iter().map(String::as_str).collect();
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).map(|e| e.0), Some(vec![4]));
    // Far apart, but on one subject (two distinctive words): taken.
    let (old, new) = long_drafts(
        120,
        (
            3,
            "The parties shall report every month on the ferries and the lighthouse of Velmar.",
        ),
        (
            110,
            "Each year the parties report on the ferries and on the Velmar lighthouse.",
        ),
    );
    let old: Vec<&str> = old.iter().map(String::as_str).collect();
    let new: Vec<&str> = new.iter().map(String::as_str).collect();
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 3).map(|e| e.0), Some(vec![110]));
}

#[test]
fn a_block_inserted_elsewhere_does_not_make_a_moved_point_far() {
    // The point moves ten places down, after 600 new points were added at the top: far
    // from where its place in proportion would be, near its matched neighbours.
    let removed = "The parties shall report every month on the ferries and schools of the capital.";
    let added = "Each year the parties report on the ferries and schools of the border towns.";
    let (old, mut new) = long_drafts(300, (150, removed), (160, added));
    let block: Vec<String> = (0..600)
        .map(|k| format!("Annex entry {k}: a grant goes to Velgrad{k}."))
        .collect();
    new.splice(0..0, block);
    let old: Vec<&str> = old.iter().map(String::as_str).collect();
    let new: Vec<&str> = new.iter().map(String::as_str).collect();
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(evidence_of(&g, 150).map(|e| e.0), Some(vec![760]));
}

#[test]
fn a_kept_heading_pairs_a_moved_point_whose_body_was_rewritten() {
    // The heading's words are common here (other points hold them too); only the heading
    // as a whole is unique.
    let mut old = FILLER.to_vec();
    old.insert(
        1,
        "Final provisions on signature. This Agreement enters into force at once.",
    );
    old.push("Transitional and final provisions apply to contracts signed before signature.");
    let mut new = FILLER.to_vec();
    new.push("Transitional and final provisions apply to contracts signed before signature.");
    new.push("Final provisions on signature. It binds both sides as soon as leaders sign it.");
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 1),
        Some((vec![7], Some(Evidence::Similar), true))
    );
}

#[test]
fn the_last_points_left_in_a_gap_sharing_one_rare_word_pair_in_place() {
    // One rare word in common (`signalling`), and no synonyms of the thesaurus.
    let old = with_filler(&["Engineers of the networks attend shared courses on signalling."]);
    let new = with_filler(&["Technicians from either side practise signalling each autumn."]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 3),
        Some((vec![3], Some(Evidence::InPlace), true))
    );
}

#[test]
fn the_first_points_left_in_a_gap_resembling_each_other_most_pair_in_place() {
    // Two points left on each side of the gap. The first two share a figure's shape and
    // the thesaurus's concept of troops, which the second old point holds too (so no word
    // only they hold), score little, and each is what the other resembles most: the first
    // point of the gap on each side, rewritten where it stood.
    let old = with_filler(&[
        "The armed forces are capped at 600,000 personnel, a ceiling the cabinet reviews \
             after each election.",
        "Foreign troops leave the eastern towns.",
    ]);
    let new = with_filler(&[
        "In peacetime an army 800,000 strong is kept, paid for from taxes and by friendly \
             donors abroad.",
        "A museum opens in a former railway depot.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 3),
        Some((vec![3], Some(Evidence::InPlace), true))
    );
    // The second points share nothing: removed and added.
    assert!(g.iter().any(|g| g.old == [4] && g.new.is_empty()));
    // Sharing only a word other points hold too (`Parties`), they stay apart.
    let old = with_filler(&[
        "The Parties rebuild the dam across the river with money from the fund.",
        "Fishing quotas in the northern lakes are halved.",
    ]);
    let new = with_filler(&[
        "Before spring, the Parties restore the reservoir wall and its sluices.",
        "A museum of the war opens in a former railway depot.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert!(g.iter().any(|g| g.old == [3] && g.new.is_empty()));
}

#[test]
fn a_german_drafts_capitalised_nouns_are_terms_of_its_subject() {
    // German capitalises its nouns: the rare terms a rewritten point keeps
    // (`Partnerschaftskomitee`, `Jahresprogramm`) are its subject, not names, and count
    // as written in lower case would elsewhere.
    let old = vec![
        "Die Städte schließen eine dauerhafte Partnerschaft zwischen ihren Bürgern.",
        "Zur Steuerung wird ein Partnerschaftskomitee gebildet, das zweimal im Jahr tagt und über das Jahresprogramm beschließt.",
        "Die Vereine der beiden Städte laden einander zu ihren Festen und Turnieren ein.",
    ];
    let new = vec![
        "Die Städte schließen eine dauerhafte Partnerschaft zwischen ihren Bürgern.",
        "Gelenkt von einem Partnerschaftskomitee aus Vertretern beider Städte; jährlich legt es ein Jahresprogramm fest.",
        "Die Vereine der beiden Städte laden einander zu ihren Festen und Turnieren ein.",
    ];
    assert!(nouns_capitalized(&old));
    let shared = with_context(&old, &new, |c, _| {
        let terms: Vec<u64> = c.old[1]
            .distinct
            .iter()
            .map(|&(x, _)| x)
            .filter(|x| c.new[1].distinct.binary_search_by_key(x, |d| d.0).is_ok())
            .collect();
        (terms.len(), c.lower_terms(0, 1, &terms))
    });
    assert!(shared.0 >= 1, "{shared:?}");
    assert_eq!(shared.0, shared.1);
    // In English a capital still marks a name or a defined term (`the Parties`, `the
    // Commission`), and such drafts do not capitalise their nouns.
    let en = [
        "The Parties shall notify the Commission of any change to the route within ten days.",
        "Each Party designates a contact point that answers questions on the agreement.",
    ];
    assert!(!nouns_capitalized(&en));
    let old = ["Talks between the delegations take place in Geneva every month."];
    let new = ["Geneva hosts the monthly talks of both delegations."];
    let named = with_context(&old, &new, |c, _| {
        let terms: Vec<u64> = c.old[0].distinct.iter().map(|&(x, _)| x).collect();
        (terms.len(), c.lower_terms(0, 0, &terms))
    });
    assert!(named.1 < named.0, "{named:?}");
}

#[test]
fn a_drafting_formula_three_points_write_pairs_nothing() {
    // Three old points end with the same time limit; their rewrites drop it, and a new
    // point on another matter writes it word for word.
    const LIMIT: &str = "no later than thirty days after the signature of this Agreement.";
    let points = |middle: [String; 3]| -> Vec<String> {
        let [a, b, c] = middle;
        vec![
            FILLER[0].into(),
            FILLER[1].into(),
            a,
            FILLER[2].into(),
            b,
            FILLER[3].into(),
            c,
            FILLER[5].into(),
        ]
    };
    let old = points([
        format!("Each Party shall name a liaison officer {LIMIT}"),
        format!("Each Party shall publish the text on its website {LIMIT}"),
        format!("Each Party shall hand over its maps of minefields {LIMIT}"),
    ]);
    let mut new = points([
        "Within a month of signing, both sides appoint an officer who keeps in touch with \
             the other."
            .into(),
        "The agreed wording goes online on official sites of both sides.".into(),
        "Charts of mined areas are given to the other side.".into(),
    ]);
    new.push(format!(
        "Each Party shall open a hotline for families {LIMIT}"
    ));
    let old: Vec<&str> = old.iter().map(String::as_str).collect();
    let new: Vec<&str> = new.iter().map(String::as_str).collect();
    let g = align(&old, &new, &TextOptions::default());
    // The hotline is added, not the liaison officer's clause rewritten.
    assert!(g.iter().any(|g| g.new == [8] && g.old.is_empty()));
    assert_eq!(evidence_of(&g, 2).unwrap().0, [2]);
}

#[test]
fn a_rewritten_part_resembling_its_neighbours_match_most_joins_it_on_two_rare_words() {
    // Clinics' admission merged into the clause on the register of clinics: what is left
    // of it in the new text (`owners`, `admit patients`) is a small share of its words,
    // but its two rare words are there, in no other old part, and the new clause is what
    // it resembles most.
    let old = with_filler(&[
        "Clinics run by the state, by towns or by private owners may admit patients if the \
             ministry has accredited them after inspecting their wards, kitchens, staff rotas, \
             fire exits and medical equipment, and after hearing the regional council.",
        "The register of accredited clinics is kept by the health agency, which updates it \
             every quarter and publishes it online.",
    ]);
    let new = with_filler(&[
        "Any clinic, whatever its owners, may admit patients once it appears in the list \
             that the health agency maintains, refreshes every quarter and publishes online.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    let merged = g.iter().find(|g| g.new == [3]).unwrap();
    assert_eq!(
        (merged.old.as_slice(), merged.evidence, merged.weak),
        (&[3, 4][..], Some(Evidence::Merged), true)
    );
    // Bringing one rare word only (`owners`), it stays removed.
    let one = with_filler(&[
        "Any clinic, whatever its owners, may take people in once it appears in the list \
             that the health agency maintains, refreshes every quarter and publishes online.",
    ]);
    let g = align(&old, &one, &TextOptions::default());
    assert!(g.iter().any(|g| g.old == [3] && g.new.is_empty()));
    // Nor when one of its two words is a name: refugees retraining in Poland are no part
    // of a clause on reservists training there.
    let old = with_filler(&[
        "The armed forces are capped at 600,000 soldiers in peacetime.",
        "Refugees living in Poland who retrain as teachers receive grants.",
    ]);
    let new = with_filler(&[
        "The armed forces are capped at 800,000 soldiers in peacetime, and reservists \
             retrain every year in Poland.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert!(g.iter().any(|g| g.old == [4] && g.new.is_empty()));
}

#[test]
fn a_point_left_on_the_far_side_of_its_swapped_neighbour_pairs() {
    let old = with_filler(&[
        "Engineers of the networks attend shared courses on signalling.",
        "Each railway keeps a reserve of spare locomotives at the border station.",
    ]);
    let new = with_filler(&[
        "Each railway keeps a reserve of spare locomotives at the border station of Chop.",
        "Technicians from either side practise signalling each autumn.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        evidence_of(&g, 3),
        Some((vec![4], Some(Evidence::InPlace), true))
    );
}

#[test]
fn a_rewritten_part_of_a_merge_joins_it() {
    let old = with_filler(&[
        "The monitoring mission has four hundred observers along the line.",
        "Its observers carry no weapons and report to the Security Council every month.",
    ]);
    let new = with_filler(&[
        "A monitoring mission of four hundred unarmed observers watches the line, and the Security Council hears from it each month.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert!(
        pairs(&g).contains(&(vec![3, 4], vec![3])),
        "{:?}",
        pairs(&g)
    );
    assert_eq!(evidence_of(&g, 4).unwrap().1, Some(Evidence::Merged));
}

#[test]
fn a_part_of_a_merge_joins_it_past_points_removed_between_them() {
    // Old 3 went into new 3 with old 6; the two removed points between them put old 6's
    // match three places away, but nothing stands between old 3 and it.
    let old = with_filler(&[
        "No host may offer a dwelling to visitors as a short stay unless the dwelling is entered in the register kept by the housing department of the borough.",
        "Hosts shall keep a logbook of the arrival dates of their guests at the property.",
        "Inspectors may visit a flat at any reasonable hour to check its safety.",
        "The Council issues a registration number within twenty-eight days of an application.",
    ]);
    let new = with_filler(&[
        "A dwelling may be let for short stays only once the Council, after consulting the neighbours in writing, has entered it in the register and issued its registration number, within twenty-eight days of the application.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert!(
        pairs(&g).contains(&(vec![3, 6], vec![3])),
        "{:?}",
        pairs(&g)
    );
    assert_eq!(evidence_of(&g, 4), Some((vec![], None, false)));
    assert_eq!(evidence_of(&g, 5), Some((vec![], None, false)));
}

#[test]
fn a_point_added_past_other_added_points_needs_its_subject_to_join_a_split() {
    // New 6 (a new official who arranges visits) shares a phrase with old 3's match (visits
    // of schools, sports clubs and cultural institutions) and brings it one word: past the
    // two added points between them, that is no split.
    let old = vec![
        "This Agreement on friendship is concluded between the City of Westmoor and the City of Kaltenbrunn.",
        "The two cities shall promote contacts between their residents, schools, businesses and civic associations.",
        "The two cities shall establish a Joint Committee of six members, three appointed by each mayor, which shall draw up each year a programme of exchanges between schools, sports clubs and cultural institutions.",
        "Each city shall bear the travel costs of its own delegations; the host city shall provide accommodation.",
        "The two cities shall exchange information on urban planning, public transport and waste management.",
        "Each city shall name a street or square after the other city within five years.",
    ];
    let new = vec![
        old[0],
        old[1],
        "The two cities shall set up a Joint Committee of six members, elected by their city councils, which shall draw up each year a programme of exchanges between schools, sports clubs and cultural institutions.",
        "The two cities shall support the twinning of primary schools and offer language courses to teachers.",
        "The two cities shall hold a joint commemoration every year on the anniversary of the signing of this Agreement.",
        "Each mayor shall appoint an official of the city administration to handle the practical arrangements for visits of schools, sports clubs and cultural institutions from the other city.",
        old[3],
        old[4],
        old[5],
    ];
    let g = align(&old, &new, &TextOptions::default());
    assert!(pairs(&g).contains(&(vec![2], vec![2])), "{:?}", pairs(&g));
    assert!(pairs(&g).contains(&(vec![], vec![5])), "{:?}", pairs(&g));
}

#[test]
fn a_split_part_moved_away_that_resembles_its_old_point_most_joins_the_split() {
    // Old 3 was split: its first half stayed (new 3), its second half went to the end,
    // restated between two added points (new 7 and new 9, on other matters): it repeats
    // the lease's frame that new 3 already says, but its deposit and thirty days are
    // in no other point, and of all old points it is most like old 3.
    let old = with_filler(&[
        "The tenant may end this lease by giving two months' written notice, and any deposit held at that time is repaid to the tenant within thirty days.",
    ]);
    let mut new =
        with_filler(&["The tenant may end this lease by giving two months' written notice."]);
    new.extend([
            "Pets may be kept in the flat with the written consent of the landlord.",
            "Once this lease has ended, whatever deposit the tenant paid is handed back within thirty days.",
            "The landlord shall insure the building against fire and flood.",
        ]);
    let g = align(&old, &new, &TextOptions::default());
    assert!(
        pairs(&g).contains(&(vec![3], vec![3, 8])),
        "{:?}",
        pairs(&g)
    );
    assert_eq!(evidence_of(&g, 3).unwrap().1, Some(Evidence::Split));
    assert!(evidence_of(&g, 3).unwrap().2);
    // The added points on other matters stay added.
    assert!(pairs(&g).contains(&(vec![], vec![7])), "{:?}", pairs(&g));
    assert!(pairs(&g).contains(&(vec![], vec![9])), "{:?}", pairs(&g));
}

#[test]
fn a_rewritten_part_of_a_merge_bringing_its_subject_joins_it_beside_other_rewrites() {
    // Old 4 went into new 3 with little of its wording, but its three rare words
    // (decisions, quorum, consensus, delegations) are there and in no other part; the points left
    // beside it (old 5, new 4) share none of them.
    let old = with_filler(&[
        "The joint committee has three members from each Party.",
        "Its sessions are held monthly in the border town of Chop, under a rotating chair, and decisions there need a quorum and the consensus of all delegations present at the table.",
        "Imported equipment for rebuilding enjoys priority treatment at customs posts.",
    ]);
    let new = with_filler(&[
        "The joint committee has three members from each Party; it meets each month and its decisions are reached, with a quorum, by consensus of the delegations.",
        "Goods brought in to repair the grid clear the frontier ahead of others.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert!(
        pairs(&g).contains(&(vec![3, 4], vec![3])),
        "{:?}",
        pairs(&g)
    );
    assert_eq!(evidence_of(&g, 4).unwrap().1, Some(Evidence::Merged));
    assert!(evidence_of(&g, 4).unwrap().2);
}

#[test]
fn a_point_inside_its_neighbours_match_is_not_paired_on_a_drafting_phrase() {
    // Old 3 went into new 4 with its neighbour old 4 (a merge); with new 3 it shares only
    // the drafting phrase `no later than … after the truce`, rare in these drafts. Old 5
    // and new 5 share two rare terms of their subject (the tribunal at Arnhem).
    let mut old = FILLER[..3].to_vec();
    old.extend([
            "The future of the Kelm district shall be settled by a vote held under United Nations monitoring no later than three years after the truce.",
            "Until that vote, the Kelm district shall be governed by a provisional board on which both communities sit in equal numbers.",
            "Claims for damaged property go before a tribunal sitting in Arnhem.",
        ]);
    let mut new = FILLER[..3].to_vec();
    new.extend([
            "Every detainee held by either side goes free in one exchange, finished no later than sixty days after the truce began.",
            "Until a vote under United Nations monitoring settles its future, the Kelm district shall be governed by a provisional board on which both communities sit in equal numbers; the vote is held within two years of the truce.",
            "Owners whose houses were damaged may apply to the Arnhem tribunal for compensation.",
        ]);
    let mut matches = pair_identical(&old, &new, &TextOptions::default());
    let unique = in_context(&old, &new, &mut matches, |c, m| {
        m.take(4, 4, c.judge(4, 4).score, Evidence::Similar, false);
        unique_terms(m, c)
    });
    assert_eq!(unique, vec![(5, 5)]);
}

#[test]
fn a_rewritten_part_bringing_two_rare_words_joins_its_merge_when_nothing_beside_it_shares_them() {
    // Old 4 went into new 3 with two rare words (ceasefire, begins); the point added
    // beside it (new 4) shares no rare word with it, so it is not a rival counterpart.
    let old = with_filler(&[
        "The accord is legally binding; a monitoring board chaired by the mediator watches over it and breaches bring penalties.",
        "The ceasefire begins the moment all sides sign and withdraw to positions settled beforehand.",
    ]);
    let mut new = with_filler(&[
        "The accord is legally binding; a monitoring board chaired by the mediator watches over it, breaches bring penalties, and the ceasefire begins as soon as the parties consent.",
        "The accord enters into force after ratification by both parliaments.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    assert!(
        pairs(&g).contains(&(vec![3, 4], vec![3])),
        "{:?}",
        pairs(&g)
    );
    assert_eq!(evidence_of(&g, 4).unwrap().1, Some(Evidence::Merged));
    // With a point left beside it that shares one of the two words, two are not enough
    // (here that point is its counterpart, in place).
    new[4] = "Talks on a lasting ceasefire open in Oslo within a month.";
    let g = align(&old, &new, &TextOptions::default());
    assert!(!pairs(&g).iter().any(|p| p.0.len() == 2), "{:?}", pairs(&g));
}

#[test]
fn identical_points_pair_in_order() {
    let old = ["Reserved.", "Text one about grain.", "Reserved."];
    let new = ["Reserved.", "Reserved.", "Text one about grain."];
    let g = align(&old, &new, &TextOptions::default());
    assert_eq!(
        pairs(&g),
        vec![(vec![0], vec![0]), (vec![1], vec![2]), (vec![2], vec![1])]
    );
}

#[test]
fn heaviest_chain_prefers_several_ordered_pairs_to_one_heavy_crossing_pair() {
    // (weight, old, new): old 3 -> new 0 crosses the three ordered pairs.
    let pairs = [(0.9, 3, 0), (0.4, 0, 1), (0.4, 1, 2), (0.4, 2, 3)];
    let mut chain = heaviest_chain(&pairs, 4);
    chain.sort_unstable();
    assert_eq!(chain, vec![1, 2, 3]);
    // Each new point is used once, even by pairs of equal weight.
    let pairs = [(0.5, 0, 0), (0.5, 1, 0)];
    assert_eq!(heaviest_chain(&pairs, 2).len(), 1);
}

#[test]
fn longest_increasing_subsequence() {
    assert!(longest_increasing_by(&[], &[]).is_empty());
    // [5, 1, 2] or [0, 1, 2]... both of length 3 from [0, 5, 1, 2]? Only [0, 1, 2] is increasing.
    assert_eq!(
        longest_increasing_by(&[0, 5, 1, 2], &[0, 0, 0, 0]),
        vec![0, 2, 3]
    );
    // Two runs of length 2: [1, 3] (cost 5) and [2, 3] (cost 1): the cheaper one wins.
    assert_eq!(longest_increasing_by(&[1, 2, 3], &[0, 0, 0]).len(), 3);
    assert_eq!(longest_increasing_by(&[1, 0, 3], &[5, 0, 0]), vec![1, 2]);
    assert_eq!(longest_increasing_by(&[1, 0, 3], &[0, 5, 0]), vec![0, 2]);
}

#[test]
fn a_point_added_beside_a_merge_on_another_subject_does_not_keep_its_part_out() {
    // The new point says what two old ones said: jobs, and trading for five years. A point
    // added in the same gap, on payment by instalments, shares no distinctive word with the
    // second part: it is no rival for it, and the part joins the merge it is inside.
    let old = with_filler(&[
        "The recipient of the grant undertakes to create at least two permanent jobs in its business in the year of receiving it.",
        "The recipient undertakes to carry on business for not less than five years from the day of receiving the grant.",
    ]);
    let new = with_filler(&[
        "The recipient of the grant undertakes to create at least two permanent jobs in the year of receiving it and to stay in business for five years.",
        "Grants may be paid in instalments into a bank account held in the name of the recipient.",
    ]);
    let g = align(&old, &new, &TextOptions::default());
    let (to, evidence, weak) = evidence_of(&g, 4).unwrap();
    assert_eq!(
        (to, evidence, weak),
        (vec![3], Some(Evidence::Merged), true)
    );
    // The added point stays added.
    assert!(g.iter().any(|g| g.new == [4] && g.old.is_empty()));
}
