package id.kawal.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One open task as a person sees it in their inbox: what, for whom, by when.
 *
 * @param milestoneTitle only for milestone tasks
 */
public record WorkItem(String taskId, String taskKey, Stage stage, Long actionPlanId, String participantName,
        String actionPlanTitle, String cohortName, String milestoneTitle, Instant created, LocalDate due,
        boolean overdue) {
}
