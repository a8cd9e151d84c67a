package id.kawal.actionplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every id of {@code processes/pka-action-plan.bpmn} that code or tests refer to, spelled once.
 */
public final class ActionPlanProcess {

    public static final String PROCESS_ID = "pka-action-plan";
    public static final String GRADUATION_DECISION = "graduation-predicate";

    // user tasks
    public static final String DRAFT_PROPOSAL = "draft-proposal";
    public static final String REVIEW_PROPOSAL_MENTOR = "review-proposal-mentor";
    public static final String REVIEW_PROPOSAL_COACH = "review-proposal-coach";
    public static final String TRIAL_MILESTONE = "trial-milestone";
    public static final String REPORT_MILESTONE = "report-milestone";
    public static final String REVIEW_MILESTONE = "review-milestone";
    public static final String SUBMIT_EVALUATION = "submit-evaluation";
    public static final String REVIEW_EVALUATION = "review-evaluation";
    public static final String SUBMIT_FINAL_REPORT = "submit-final-report";
    public static final String REVIEW_FINAL_REPORT_MENTOR = "review-final-report-mentor";
    public static final String REVIEW_FINAL_REPORT_COACH = "review-final-report-coach";
    public static final String SCORE_SEMINAR_EXAMINER = "score-seminar-examiner";
    public static final String SCORE_SEMINAR_COACH = "score-seminar-coach";
    public static final String SCORE_SEMINAR_MENTOR = "score-seminar-mentor";
    public static final String ISSUE_CERTIFICATE = "issue-certificate";

    // where a revision returns to the task it revises
    public static final String DRAFT_PROPOSAL_MERGE = "draft-proposal-merge";
    public static final String REPORT_MILESTONE_MERGE = "report-milestone-merge";
    public static final String SUBMIT_EVALUATION_MERGE = "submit-evaluation-merge";
    public static final String SUBMIT_FINAL_REPORT_MERGE = "submit-final-report-merge";

    // an overdue milestone: event sub-processes of each trial instance, so each fires once per milestone however
    // often its report is revised, and never after the milestone is approved
    public static final String MILESTONE_OVERDUE_REMINDER = "milestone-overdue-reminder";
    public static final String MILESTONE_OVERDUE_ESCALATION = "milestone-overdue-escalation";
    public static final String MILESTONE_DUE = "milestone-due";
    public static final String MILESTONE_ESCALATION = "milestone-escalation";

    // service and rule steps
    public static final String REMIND_OVERDUE_MILESTONE = "remind-overdue-milestone";
    public static final String ESCALATE_OVERDUE_MILESTONE = "escalate-overdue-milestone";
    public static final String COMPUTE_FINAL_SCORE = "compute-final-score";
    public static final String SIGN_CERTIFICATE = "sign-certificate";
    public static final String DECIDE_GRADUATION = "decide-graduation-predicate";
    public static final String SEND_NOT_PASSED_NOTICE = "send-not-passed-notice";
    /** The graduation table could not judge the final score: tell administrators, score the seminar again. */
    public static final String REOPEN_SEMINAR_SCORING = "reopen-seminar-scoring";
    public static final String GRADUATION_NEEDS_REVIEW = "graduation-needs-review";

    /**
     * The reviews of a mentor or coach. Each has two non-interrupting timers: after
     * {@code kawal.action-plan.review-days} the reviewer is reminded, after twice that the administrators are told;
     * both go with the task once it is completed.
     */
    public static final List<String> REVIEW_TASKS = List.of(REVIEW_PROPOSAL_MENTOR, REVIEW_PROPOSAL_COACH,
            REVIEW_MILESTONE, REVIEW_EVALUATION, REVIEW_FINAL_REPORT_MENTOR, REVIEW_FINAL_REPORT_COACH);

    /** The timer on a review task that reminds its reviewer ("Peninjauan terlambat (pengingat)"). */
    public static String lateReviewReminderOf(String reviewTask) {
        return reviewTask + "-late-reminder";
    }

    /** The timer on a review task that escalates to the administrators ("Peninjauan terlambat (eskalasi)"). */
    public static String lateReviewEscalationOf(String reviewTask) {
        return reviewTask + "-late-escalation";
    }

    /** The step that reminds the reviewer of a review task. */
    public static String remindLateReviewOf(String reviewTask) {
        return "remind-" + reviewTask;
    }

    /** The step that tells the administrators about a late review. */
    public static String escalateLateReviewOf(String reviewTask) {
        return "escalate-" + reviewTask;
    }

    // end events
    public static final String GRADUATED = "graduated";
    public static final String NOT_PASSED = "not-passed";

    // process variables: ids and decisions only
    public static final String VAR_ACTION_PLAN_ID = "actionPlanId";
    public static final String VAR_PARTICIPANT = "participant";
    public static final String VAR_MENTOR = "mentor";
    public static final String VAR_COACH = "coach";
    public static final String VAR_EXAMINER = "examiner";
    public static final String VAR_MILESTONE_ID = "milestoneId";
    /** Input parameters of the late-review steps: which review task, and who should have done it. */
    public static final String VAR_REVIEW_TASK = "reviewTask";
    public static final String VAR_REVIEWER = "reviewer";
    public static final String VAR_FINAL_SCORE = "finalScore";
    public static final String VAR_PREDICATE = "predicate";
    public static final String VAR_PASSED = "passed";
    /** The administrator who decided to issue the STTPP (the signing step names them as issuer). */
    public static final String VAR_CERTIFICATE_ISSUED_BY = "certificateIssuedBy";

    public static final String ADMIN_GROUP = "admin";

    /** The boolean variable in which each review task records its approve/revise decision. */
    private static final Map<String, String> DECISION_VARIABLES = Map.of(
            REVIEW_PROPOSAL_MENTOR, "proposalMentorApproved",
            REVIEW_PROPOSAL_COACH, "proposalCoachApproved",
            REVIEW_MILESTONE, "milestoneApproved",
            REVIEW_EVALUATION, "evaluationApproved",
            REVIEW_FINAL_REPORT_MENTOR, "finalReportMentorApproved",
            REVIEW_FINAL_REPORT_COACH, "finalReportCoachApproved");

    public static Optional<String> decisionVariableOf(String taskKey) {
        return Optional.ofNullable(DECISION_VARIABLES.get(taskKey));
    }

    private ActionPlanProcess() {
    }
}
