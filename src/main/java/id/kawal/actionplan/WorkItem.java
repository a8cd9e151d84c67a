package id.kawal.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One open task as a person sees it in their inbox: what, for whom, by when.
 *
 * @param milestoneTitle only for milestone tasks
 * @param assignee whose task it is; null while a task offered to a group (Terbitkan STTPP) is untaken
 */
public record WorkItem(String taskId, String taskKey, Stage stage, Long actionPlanId, String participantName,
        String actionPlanTitle, String cohortName, String milestoneTitle, Instant created, LocalDate due,
        boolean overdue, String assignee) {
}
