package id.kawal.competition;

/** Where an entry stands. */
public enum EntryStatus {
    UNDER_REVIEW, INCOMPLETE, ELIGIBLE, INELIGIBLE, LAPSED, SCORING, SCORED, SHORTLISTED, NOT_SHORTLISTED
}
