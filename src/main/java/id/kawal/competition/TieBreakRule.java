package id.kawal.competition;

/** How two entries with the same total are ordered; stated on the setup page. */
public enum TieBreakRule {
    /** Higher score on the heaviest criterion first, then the next heaviest, and so on. */
    HEAVIEST_CRITERION,
    /** The entry submitted earlier ranks higher. */
    EARLIER_SUBMISSION
}
