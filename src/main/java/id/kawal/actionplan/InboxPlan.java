package id.kawal.actionplan;

/** What a row of an inbox shows of a task's action plan: read as one projection, not as the plan entity. */
public record InboxPlan(String processInstanceId, Long id, String title, String cohortName, String participantName) {
}
