package id.kawal.actionplan;

import java.time.LocalDate;

/** A milestone as the participant plans it in the proposal. */
public record PlannedMilestone(String title, LocalDate dueDate) {
}
