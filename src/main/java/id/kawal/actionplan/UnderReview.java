package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.REVIEW_EVALUATION;
import static id.kawal.actionplan.ActionPlanProcess.REVIEW_FINAL_REPORT_COACH;
import static id.kawal.actionplan.ActionPlanProcess.REVIEW_FINAL_REPORT_MENTOR;
import static id.kawal.actionplan.ActionPlanProcess.REVIEW_MILESTONE;
import static id.kawal.actionplan.ActionPlanProcess.REVIEW_PROPOSAL_COACH;
import static id.kawal.actionplan.ActionPlanProcess.REVIEW_PROPOSAL_MENTOR;

import id.kawal.document.DocumentCategory;
import id.kawal.document.StoredDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a review task is about, shown first on its page: for a milestone its report and evidence, for the other
 * stages the text the participant wrote and the documents of that stage.
 *
 * @param milestone the milestone reviewed; null for the other stages
 * @param text the participant's text for this stage (null when there is none, as for a proposal, shown in full below)
 * @param evidence the documents of this milestone or stage, oldest first
 */
public record UnderReview(Milestone milestone, String text, List<StoredDocument> evidence) {

    private static final Map<String, DocumentCategory> STAGE_DOCUMENTS = Map.of(
            REVIEW_PROPOSAL_MENTOR, DocumentCategory.PROPOSAL,
            REVIEW_PROPOSAL_COACH, DocumentCategory.PROPOSAL,
            REVIEW_EVALUATION, DocumentCategory.EVALUATION,
            REVIEW_FINAL_REPORT_MENTOR, DocumentCategory.FINAL_REPORT,
            REVIEW_FINAL_REPORT_COACH, DocumentCategory.FINAL_REPORT);

    static UnderReview of(String taskKey, Long milestoneId, ActionPlan plan, List<StoredDocument> documents) {
        if (taskKey.equals(REVIEW_MILESTONE)) {
            Milestone milestone = plan.getMilestones().stream().filter(m -> m.getId().equals(milestoneId))
                    .findFirst().orElse(null);
            return new UnderReview(milestone, milestone == null ? null : milestone.getReport(), documents.stream()
                    .filter(d -> milestoneId != null && Objects.equals(milestoneId, d.getMilestoneId())).toList());
        }
        DocumentCategory category = STAGE_DOCUMENTS.get(taskKey);
        String text = taskKey.equals(REVIEW_EVALUATION) ? plan.getEvaluation()
                : category == DocumentCategory.FINAL_REPORT ? plan.getFinalReportSummary() : null;
        return new UnderReview(null, text, documents.stream().filter(d -> d.getCategory() == category).toList());
    }
}
