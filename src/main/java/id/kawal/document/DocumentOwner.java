package id.kawal.document;

/** What a document belongs to. */
public enum DocumentOwner {
    ACTION_PLAN,
    COMPETITION_ENTRY,
    INNOVATION
}
