package id.kawal.innovation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an innovation stands. {@code TIDAK_DIKETAHUI} is set only by the yearly "still running?" check when nobody
 * answers, never chosen on a form; any answer afterwards replaces it.
 */
public enum InnovationStatus {
    UJI_COBA,
    BERJALAN,
    TERHENTI,
    DIREPLIKASI,
    TIDAK_DIKETAHUI;

    /** The statuses the public catalogue shows: the innovation runs (on trial, running, or replicated elsewhere). */
    public static final Set<InnovationStatus> RUNNING = EnumSet.of(UJI_COBA, BERJALAN, DIREPLIKASI);

    /** The statuses a person may choose on the status form. */
    public static final Set<InnovationStatus> CHOOSABLE = EnumSet.of(UJI_COBA, BERJALAN, TERHENTI, DIREPLIKASI);

    /** Whether a person may move an innovation from this status to the next one (the yearly check aside). */
    public boolean mayChangeTo(InnovationStatus next) {
        if (next == null || next == this || !CHOOSABLE.contains(next)) {
            return false;
        }
        // a replicated innovation was running; it may stop, or be noted as running again, but not go back to a trial
        return !(this == DIREPLIKASI && next == UJI_COBA);
    }

    /** A stop must say why, so that the next reader knows whether it may be revived. */
    public boolean needsReason() {
        return this == TERHENTI;
    }
}
