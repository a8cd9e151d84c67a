package id.kawal.competition;

/**
 * Who is looking at an entry, which decides what of it they see. Until the results are published the totals, rank and
 * award are the jury's and the administrators' business: an OPD sees its own documents and status, a juror their own
 * scores. After publication the OPD sees its total, rank, award and the jury's comments, under "Juri 1, 2, 3".
 */
public enum EntryAudience {

    /** Administrators: everything, always, with the jurors' names. */
    ADMIN,
    /** An officer of the entry's own OPD. */
    OPD,
    /** A juror assigned to the entry. */
    JUROR;

    /** Whether this viewer sees the entry's total, rank and award now. */
    public boolean seesResults(Entry entry) {
        return this == ADMIN || entry.getCompetition().getStatus() == CompetitionStatus.PUBLISHED;
    }

    /**
     * Whether this viewer sees the eligibility table's suggestion and why: the administrators' aid for the desk review,
     * and the OPD's first word that a document is missing; not the jury's business.
     */
    public boolean seesEligibilitySuggestion() {
        return this != JUROR;
    }

    /** Whether this viewer sees the desk review's decision and reason: the OPD must, to complete its documents. */
    public boolean seesDeskReview() {
        return this != JUROR;
    }
}
