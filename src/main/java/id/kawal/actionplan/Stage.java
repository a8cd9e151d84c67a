package id.kawal.actionplan;

import java.util.List;

/** The stages of an Aksi Perubahan, in the order a participant goes through them. */
public enum Stage {
    PROPOSAL,
    TRIAL,
    EVALUATION,
    FINAL_REPORT,
    SEMINAR,
    CERTIFICATE,
    GRADUATED,
    NOT_PASSED;

    /** The stages shown on the journey, in order; NOT_PASSED replaces GRADUATED when it happens. */
    public static List<Stage> journey() {
        return List.of(PROPOSAL, TRIAL, EVALUATION, FINAL_REPORT, SEMINAR, CERTIFICATE, GRADUATED);
    }

    public boolean isFinished() {
        return this == GRADUATED || this == NOT_PASSED;
    }

    /** The stage a task of the model belongs to. */
    public static Stage ofTask(String taskKey) {
        return switch (taskKey) {
            case ActionPlanProcess.DRAFT_PROPOSAL, ActionPlanProcess.REVIEW_PROPOSAL_MENTOR,
                    ActionPlanProcess.REVIEW_PROPOSAL_COACH -> PROPOSAL;
            case ActionPlanProcess.REPORT_MILESTONE, ActionPlanProcess.REVIEW_MILESTONE -> TRIAL;
            case ActionPlanProcess.SUBMIT_EVALUATION, ActionPlanProcess.REVIEW_EVALUATION -> EVALUATION;
            case ActionPlanProcess.SUBMIT_FINAL_REPORT, ActionPlanProcess.REVIEW_FINAL_REPORT_MENTOR,
                    ActionPlanProcess.REVIEW_FINAL_REPORT_COACH -> FINAL_REPORT;
            case ActionPlanProcess.SCORE_SEMINAR_EXAMINER, ActionPlanProcess.SCORE_SEMINAR_COACH,
                    ActionPlanProcess.SCORE_SEMINAR_MENTOR -> SEMINAR;
            case ActionPlanProcess.ISSUE_CERTIFICATE -> CERTIFICATE;
            default -> throw new IllegalArgumentException("No stage for task " + taskKey);
        };
    }
}
