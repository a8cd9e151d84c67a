package id.kawal.innovation.check;

/**
 * Every id of {@code processes/innovation-check-round.bpmn} (one instance per yearly round) and
 * {@code processes/innovation-sustainability.bpmn} (one instance per innovation and year) that code or tests refer to.
 */
public final class InnovationCheckProcess {

    // ---- innovation-check-round --------------------------------------------------------------
    public static final String ROUND_PROCESS_ID = "innovation-check-round";
    public static final String ROUND_EVERY_YEAR = "round-every-year";
    public static final String ROUND_REQUESTED = "round-requested";
    /** An administrator's start of a round (a message start event: the engine allows no none start beside a timer). */
    public static final String MSG_ROUND_REQUESTED = "innovation-check-round-requested";
    public static final String ROUND_JOIN = "round-join";
    public static final String START_CHECK_BATCH = "start-check-batch";
    public static final String MORE_INNOVATIONS = "more-innovations";
    public static final String ROUND_STARTED = "round-started";

    // ---- innovation-sustainability ---------------------------------------------------------------
    public static final String CHECK_PROCESS_ID = "innovation-sustainability";
    public static final String CHECK_REQUESTED = "check-requested";
    public static final String CONFIRM_STILL_RUNNING = "confirm-still-running";
    public static final String CONFIRM_STILL_RUNNING_HEAD = "confirm-still-running-head";
    public static final String CHECK_DEADLINE = "check-deadline";
    public static final String REMIND_CHECK_OWNER = "remind-check-owner";
    public static final String CHECK_ESCALATION_DUE = "check-escalation-due";
    public static final String ESCALATE_CHECK_TO_OPD_HEAD = "escalate-check-to-opd-head";
    public static final String CHECK_FINAL_DEADLINE = "check-final-deadline";
    public static final String MARK_CHECK_UNKNOWN = "mark-check-unknown";
    public static final String CHECK_ANSWERED = "check-answered";
    public static final String CHECK_ANSWERED_BY_HEAD = "check-answered-by-head";
    public static final String CHECK_UNKNOWN = "check-unknown";

    /** The two tasks that answer a check: the owner's (or the OPD officers'), and the OPD heads' after escalation. */
    public static final String[] ANSWER_TASKS = {CONFIRM_STILL_RUNNING, CONFIRM_STILL_RUNNING_HEAD};

    // ---- variables: ids and decisions only ---------------------------------------------------------
    public static final String VAR_INNOVATION_ID = "innovationId";
    public static final String VAR_YEAR = "year";
    public static final String VAR_CHECK_ID = "checkId";
    /** The answer: {@code BERJALAN} or {@code TERHENTI}. */
    public static final String VAR_OUTCOME = "outcome";
    /** The round's keyset cursor: the last innovation id a batch looked at. */
    public static final String VAR_AFTER_ID = "afterId";
    public static final String VAR_MORE = "moreInnovations";
    /** How many checks the round has started so far. */
    public static final String VAR_STARTED = "checksStarted";
    /** Who started the round ({@code kawal} for the yearly timer). */
    public static final String VAR_STARTED_BY = "startedBy";

    /** Who the yearly timer's round is started by. */
    public static final String SYSTEM = "kawal";

    private InnovationCheckProcess() {
    }

    /** One check per innovation and year: {@code 42:2026}. */
    public static String businessKey(Long innovationId, int year) {
        return innovationId + ":" + year;
    }

    public static String roundBusinessKey(int year) {
        return "round:" + year;
    }
}
