package id.kawal.competition;

/**
 * Every id of {@code processes/innovation-competition.bpmn} (one instance per competition) and
 * {@code processes/competition-entry.bpmn} (one instance per entry) that code or tests refer to.
 * The two talk through messages correlated on the entry id.
 */
public final class CompetitionProcess {

    // ---- innovation-competition ------------------------------------------------------------
    public static final String COMPETITION_PROCESS_ID = "innovation-competition";
    /** The diagram's pools: the competition's own, and the entries' black box its messages go to. */
    public static final String COMPETITION_COLLABORATION = "innovation-competition-collaboration";
    public static final String COMPETITION_PARTICIPANT = "competition-participant";
    public static final String COMPETITION_CREATED = "competition-created";
    public static final String SUBMISSION_OPENS = "submission-window-opens";
    public static final String OPEN_SUBMISSIONS = "open-submissions";
    public static final String SUBMISSION_CLOSES = "submission-window-closes";
    public static final String CLOSE_SUBMISSIONS = "close-submissions";
    public static final String FINISH_DESK_REVIEW = "finish-desk-review";
    public static final String OPEN_SCORING_ROUND = "open-scoring-round";
    public static final String CLOSE_SCORING_ROUND = "close-scoring-round";
    public static final String RANK_ENTRIES = "rank-entries";
    public static final String TIE_DECISION = "tie-decision";
    public static final String RESOLVE_TIE = "resolve-tie";
    public static final String HOLD_PRESENTATIONS = "hold-presentations";
    public static final String FINALISE_AWARDS = "finalise-awards";
    public static final String PUBLISH_RESULTS = "publish-results";
    public static final String RESULTS_PUBLISHED = "results-published";

    // ---- competition-entry ------------------------------------------------------------------
    public static final String ENTRY_PROCESS_ID = "competition-entry";
    public static final String ENTRY_COLLABORATION = "competition-entry-collaboration";
    public static final String ENTRY_PARTICIPANT = "entry-participant";
    public static final String ENTRY_SUBMITTED = "entry-submitted";
    /** Where a new entry, an entry with its documents completed and an undecided desk review meet before the table. */
    public static final String ELIGIBILITY_CHECK_JOIN = "eligibility-check-join";
    public static final String ELIGIBILITY_DECISION = "competition-eligibility";
    public static final String CHECK_ELIGIBILITY = "check-eligibility";
    public static final String DESK_REVIEW = "desk-review";
    public static final String DESK_DECISION = "desk-decision";
    /** The desk decision's default flow: a decision that is none of the three goes back to the table and the desk. */
    public static final String DESK_UNDECIDED = "desk-undecided";
    public static final String COMPLETE_DOCUMENTS = "complete-documents";
    public static final String COMPLETION_DEADLINE = "completion-deadline";
    public static final String LAPSE_ENTRY = "lapse-entry";
    public static final String ENTRY_LAPSED = "entry-lapsed";
    public static final String REJECT_ENTRY = "reject-entry";
    public static final String ENTRY_INELIGIBLE = "entry-ineligible";
    public static final String AWAIT_SCORING = "await-scoring";
    public static final String SCORE_ENTRY = "score-entry";
    public static final String SCORING_DUE = "scoring-due";
    public static final String LATE_JUROR_JOIN = "late-juror-join";
    public static final String REMIND_LATE_JUROR = "remind-late-juror";
    public static final String HANDLE_LATE_JUROR = "handle-late-juror";
    public static final String LATE_JUROR_DECISION = "late-juror-decision";
    public static final String LATE_JUROR_HANDLED = "late-juror-handled";
    public static final String EXTENDED_SCORING_DUE = "extended-scoring-due";
    public static final String STILL_LATE_DECISION = "still-late-decision";
    public static final String LATE_JURORS_CAUGHT_UP = "late-jurors-caught-up";
    public static final String COMPUTE_ENTRY_SCORE = "compute-entry-score";
    public static final String AWAIT_SHORTLIST = "await-shortlist";
    public static final String SHORTLIST_DECISION = "shortlist-decision";
    public static final String AWAIT_RESULTS = "await-results";
    public static final String AWAIT_RESULTS_NOT_SHORTLISTED = "await-results-not-shortlisted";
    public static final String ENTRY_FINISHED = "entry-finished";
    public static final String ENTRY_NOT_SHORTLISTED = "entry-not-shortlisted";

    // ---- messages, correlated with processInstanceVariableEquals(VAR_ENTRY_ID, id) ------------
    public static final String MSG_SCORING_OPENED = "scoring-opened";
    public static final String MSG_SHORTLIST_DECIDED = "shortlist-decided";
    public static final String MSG_RESULTS_PUBLISHED = "results-published";

    // ---- variables: ids and decisions only ----------------------------------------------------
    public static final String VAR_COMPETITION_ID = "competitionId";
    public static final String VAR_ENTRY_ID = "entryId";
    public static final String VAR_OPD_OFFICER = "opdOfficer";
    public static final String VAR_JUROR = "juror";
    /** ELIGIBLE, INCOMPLETE or INELIGIBLE: the DMN's suggestion, then the administrator's decision. */
    public static final String VAR_ELIGIBILITY = "eligibility";
    public static final String VAR_ELIGIBILITY_REASON = "eligibilityReason";
    public static final String VAR_DESK_DECISION = "deskDecision";
    public static final String VAR_SHORTLISTED = "shortlisted";
    public static final String VAR_UNRESOLVED_TIE = "unresolvedTie";
    /** The administrator's follow-up of late jurors: {@link LateJurorAction}'s name. */
    public static final String VAR_LATE_JUROR_ACTION = "lateJurorAction";

    public static final String ELIGIBLE = "ELIGIBLE";
    public static final String INCOMPLETE = "INCOMPLETE";
    public static final String INELIGIBLE = "INELIGIBLE";

    private CompetitionProcess() {
    }
}
