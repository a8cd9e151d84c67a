package id.kawal.document;

/** What a document is for in the action plan. */
public enum DocumentCategory {
    PROPOSAL,
    MILESTONE_EVIDENCE,
    EVALUATION,
    FINAL_REPORT,
    COMPETITION_DOCUMENT,
    INNOVATION_EVIDENCE
}
