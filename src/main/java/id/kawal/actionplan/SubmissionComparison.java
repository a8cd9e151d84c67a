package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.document.StoredDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between the version a reviewer sent back and the one resubmitted: both texts, side
 * by side, and the files uploaded before and since.
 */
public record SubmissionComparison(ActionPlanEvent previous, ActionPlanEvent current, List<StoredDocument> before,
        List<StoredDocument> since) {

    private static final Map<String, String> SUBMISSION_OF_REVIEW = Map.of(
            REVIEW_PROPOSAL_MENTOR, DRAFT_PROPOSAL,
            REVIEW_PROPOSAL_COACH, DRAFT_PROPOSAL,
            REVIEW_MILESTONE, REPORT_MILESTONE,
            REVIEW_EVALUATION, SUBMIT_EVALUATION,
            REVIEW_FINAL_REPORT_MENTOR, SUBMIT_FINAL_REPORT,
            REVIEW_FINAL_REPORT_COACH, SUBMIT_FINAL_REPORT);

    /**
     * The comparison for a review task, when what it reviews has been submitted more than once.
     *
     * @param milestoneId only for milestone reviews
     */
    static Optional<SubmissionComparison> forReview(ActionPlan plan, String reviewTaskKey, Long milestoneId,
            List<StoredDocument> documents) {
        String submitKey = SUBMISSION_OF_REVIEW.get(reviewTaskKey);
        if (submitKey == null) {
            return Optional.empty();
        }
        List<ActionPlanEvent> submissions = plan.getEvents().stream()
                .filter(e -> e.getKind() == ActionPlanEvent.Kind.SUBMITTED && submitKey.equals(e.getTaskKey())
                        && Objects.equals(e.getMilestoneId(), milestoneId))
                .toList();
        if (submissions.size() < 2) {
            return Optional.empty();
        }
        ActionPlanEvent previous = submissions.get(submissions.size() - 2);
        ActionPlanEvent current = submissions.get(submissions.size() - 1);
        List<StoredDocument> relevant = documents.stream()
                .filter(d -> milestoneId == null || milestoneId.equals(d.getMilestoneId())).toList();
        return Optional.of(new SubmissionComparison(previous, current,
                relevant.stream().filter(d -> !d.getUploadedAt().isAfter(previous.getAt())).toList(),
                relevant.stream().filter(d -> d.getUploadedAt().isAfter(previous.getAt())).toList()));
    }
}
