package id.kawal.innovation;

/** Where a registry record was first made. */
public enum InnovationSource {
    ACTION_PLAN,
    COMPETITION_ENTRY,
    DIRECT
}
