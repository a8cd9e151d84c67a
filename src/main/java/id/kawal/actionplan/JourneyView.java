package id.kawal.actionplan;

import id.kawal.certificate.Certificate;
import id.kawal.document.StoredDocument;
import java.util.List;
import java.util.Map;

/** Everything the journey page shows about one action plan. */
public record JourneyView(ActionPlan plan, String participantName, String participantNip, String position,
        String agency, String mentorName, String coachName, String examinerName, List<StageRow> stages,
        List<Awaited> openTasks, List<StoredDocument> documents, Certificate certificate,
        Map<Long, DocumentVersion> versions) {

    /**
     * A task the plan waits for, with who is awaited.
     *
     * @param awaitedName the person's name; null for a task offered to the administrators that nobody has taken
     * @param openable whether the viewer may open the task (it is theirs, or offered to them): only then a link
     */
    public record Awaited(WorkItem task, String awaitedName, boolean openable) {
    }

    /** A document's place among the uploads of the same file: v1, v2, ...; superseded when a newer one exists. */
    public record DocumentVersion(int number, boolean superseded) {
    }

    public enum Status { DONE, CURRENT, UPCOMING, FAILED }

    public record StageRow(Stage stage, Status status) {
    }
}
