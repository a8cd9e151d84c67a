package id.kawal.innovation;

/** How a year's "still running?" check ended; a check still waiting for its answer has none. */
public enum CheckOutcome {
    BERJALAN,
    TERHENTI,
    TIDAK_DIKETAHUI
}
