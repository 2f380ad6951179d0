//! Undo and redo of a reader's changes to a review (annotations, categories, the scale and the
//! alignment corrected by hand), with no GUI types: the app records the state before each
//! change and asks for the state to go back (or forward) to.
//!
//! Each step keeps a whole copy of what it changed (a [`super::Review`] is small next to the
//! drafts), so that undoing never has to invert an edit and always lands on a state the
//! reader saw. Changes that belong together are one step:
//!
//! - changes recorded at the same instant (one click that makes several edits, such as
//!   taking over an inherited annotation and then ticking a category);
//! - a *run* of changes with the same key (typing a note of one point), as long as each comes
//!   within [`PAUSE_SECONDS`] of the one before and nothing [`UndoStack::seal`]ed the run
//!   (the app seals it when the keyboard focus moves). A note typed in one go is one step, not
//!   one per keystroke.

/// Seconds without a change after which the next change of a run starts a new step.
pub const PAUSE_SECONDS: f64 = 1.5;

/// Steps kept for undoing (the oldest are forgotten beyond it).
pub const UNDO_LIMIT: usize = 200;

/// One step that can be undone or redone: the state on the other side of it.
#[derive(Debug, Clone)]
struct Step<T> {
    /// The state to go back to (on the undo list) or forward to (on the redo list).
    state: T,
    /// What the change was, for menus: "Pair 2 → 2, 6".
    label: String,
}

/// The run the last step belongs to, while more changes may join it.
#[derive(Debug, Clone, PartialEq)]
struct Open {
    /// The run's key (`None`: a change of its own, joined only by changes of the same instant).
    key: Option<String>,
    /// When the last change of the step was recorded.
    at: f64,
    /// When the step was begun.
    began: f64,
}

/// Undo and redo lists of states of type `T` (the app keeps a [`super::Review`]).
#[derive(Debug, Clone)]
pub struct UndoStack<T> {
    undo: Vec<Step<T>>,
    redo: Vec<Step<T>>,
    open: Option<Open>,
}

impl<T> Default for UndoStack<T> {
    fn default() -> Self {
        UndoStack {
            undo: Vec::new(),
            redo: Vec::new(),
            open: None,
        }
    }
}

impl<T: Clone> UndoStack<T> {
    /// Records a change about to be made at time `now` (seconds, any clock that goes forward),
    /// `before` giving the state before it (called only when a new step begins). `label`
    /// names the change; `run` is the key of a run of changes that are one step when they
    /// follow each other closely (see the module's rules), `None` for a change of its own.
    /// Forgets what could be redone.
    pub fn record(&mut self, label: &str, run: Option<&str>, now: f64, before: impl FnOnce() -> T) {
        self.redo.clear();
        if let Some(open) = &mut self.open {
            let same_instant = open.began == now;
            let same_run =
                run.is_some() && open.key.as_deref() == run && now - open.at <= PAUSE_SECONDS;
            if same_instant || same_run {
                open.at = now;
                // A click that takes over an inherited annotation and starts its note: the
                // keystrokes that follow join the step.
                if run.is_some() {
                    open.key = run.map(str::to_owned);
                }
                return;
            }
        }
        self.undo.push(Step {
            state: before(),
            label: label.to_owned(),
        });
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.open = Some(Open {
            key: run.map(str::to_owned),
            at: now,
            began: now,
        });
    }

    /// Ends the run of the last step: the next change is a step of its own (the keyboard
    /// focus moved, or the reader undid or saved).
    pub fn seal(&mut self) {
        self.open = None;
    }

    /// The state to go back to from `current`, which becomes what a redo returns; `None` when
    /// there is nothing to undo.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let step = self.undo.pop()?;
        self.open = None;
        self.redo.push(Step {
            state: current,
            label: step.label.clone(),
        });
        Some(step.state)
    }

    /// The state to go forward to from `current` again after an undo; `None` when there is
    /// nothing to redo.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let step = self.redo.pop()?;
        self.open = None;
        self.undo.push(Step {
            state: current,
            label: step.label.clone(),
        });
        Some(step.state)
    }

    /// What an undo would take back ("Pair 2 → 2, 6"), if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// What a redo would make again, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Forgets every step (another review was opened).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.open = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text edited in steps, as the app edits a review.
    struct Doc {
        text: String,
        history: UndoStack<String>,
    }

    impl Doc {
        fn new() -> Self {
            Doc {
                text: String::new(),
                history: UndoStack::default(),
            }
        }

        fn set(&mut self, text: &str, run: Option<&str>, now: f64) {
            let before = self.text.clone();
            self.history.record(text, run, now, || before);
            self.text = text.to_owned();
        }

        fn undo(&mut self) -> bool {
            match self.history.undo(self.text.clone()) {
                Some(t) => {
                    self.text = t;
                    true
                }
                None => false,
            }
        }

        fn redo(&mut self) -> bool {
            match self.history.redo(self.text.clone()) {
                Some(t) => {
                    self.text = t;
                    true
                }
                None => false,
            }
        }
    }

    #[test]
    fn undo_goes_back_step_by_step_and_redo_forward_again() {
        let mut d = Doc::new();
        d.set("a", None, 1.0);
        d.set("ab", None, 2.0);
        d.set("abc", None, 3.0);
        assert_eq!(d.history.undo_label(), Some("abc"));
        assert!(d.undo());
        assert_eq!(d.text, "ab");
        assert!(d.undo());
        assert_eq!(d.text, "a");
        assert_eq!(d.history.redo_label(), Some("ab"));
        assert!(d.redo());
        assert_eq!(d.text, "ab");
        assert!(d.redo());
        assert_eq!(d.text, "abc");
        assert!(!d.redo(), "nothing more to redo");
        assert!(d.undo() && d.undo() && d.undo());
        assert_eq!(d.text, "");
        assert!(!d.undo(), "nothing more to undo");
        assert_eq!(d.text, "");
    }

    #[test]
    fn a_new_change_after_an_undo_forgets_the_redo() {
        let mut d = Doc::new();
        d.set("a", None, 1.0);
        d.set("ab", None, 2.0);
        assert!(d.undo());
        d.set("ax", None, 3.0);
        assert!(!d.redo());
        assert_eq!(d.history.redo_label(), None);
        assert!(d.undo());
        assert_eq!(d.text, "a");
    }

    #[test]
    fn typing_in_one_go_is_one_step_and_a_pause_or_a_seal_starts_another() {
        let mut d = Doc::new();
        // Keystrokes of one note, each within the pause of the one before.
        for (k, text) in ["N", "No", "Not", "Note"].iter().enumerate() {
            d.set(text, Some("note 3"), 10.0 + 0.4 * k as f64);
        }
        // A pause, then more typing of the same note: a second step.
        d.set("Note.", Some("note 3"), 20.0);
        d.set("Note. X", Some("note 3"), 20.5);
        // The focus moved away and back: a third step, however quick.
        d.history.seal();
        d.set("Note. XY", Some("note 3"), 20.6);
        // Another point's note within the pause: a step of its own.
        d.set("other", Some("note 4"), 20.7);
        assert!(d.undo());
        assert_eq!(d.text, "Note. XY");
        assert!(d.undo());
        assert_eq!(d.text, "Note. X");
        assert!(d.undo());
        assert_eq!(d.text, "Note");
        assert!(d.undo());
        assert_eq!(d.text, "");
        assert!(!d.undo());
    }

    #[test]
    fn changes_of_one_instant_are_one_step_but_changes_without_a_run_never_join() {
        let mut d = Doc::new();
        // One click: an inherited annotation taken over, then a category ticked.
        d.set("copy", None, 5.0);
        d.set("copy+category", None, 5.0);
        // Another: taken over, then the first keystroke of its note, and the note goes on.
        d.set("copy 2", None, 5.05);
        d.set("copy 2, N", Some("note"), 5.05);
        d.set("copy 2, No", Some("note"), 5.08);
        // Two pairings in quick succession are two steps.
        d.set("pair 1", None, 5.1);
        d.set("pair 2", None, 5.2);
        assert!(d.undo());
        assert_eq!(d.text, "pair 1");
        assert!(d.undo());
        assert_eq!(d.text, "copy 2, No");
        assert!(d.undo());
        assert_eq!(d.text, "copy+category");
        assert!(d.undo());
        assert_eq!(d.text, "");
    }

    #[test]
    fn an_undo_ends_a_run_and_old_steps_are_forgotten_beyond_the_limit() {
        let mut d = Doc::new();
        d.set("a", Some("note"), 1.0);
        assert!(d.undo());
        assert!(d.redo());
        // Within the pause of the first keystroke, but after an undo: a new step.
        d.set("ab", Some("note"), 1.2);
        assert!(d.undo());
        assert_eq!(d.text, "a");

        let mut s: UndoStack<usize> = UndoStack::default();
        for k in 0..UNDO_LIMIT + 10 {
            s.record("n", None, k as f64, || k);
        }
        let mut current = UNDO_LIMIT + 10;
        let mut undone = 0;
        while let Some(k) = s.undo(current) {
            current = k;
            undone += 1;
        }
        assert_eq!(undone, UNDO_LIMIT);
        assert_eq!(current, 10, "the oldest steps are the ones forgotten");
        s.clear();
        assert_eq!(s.redo_label(), None);
    }
}
