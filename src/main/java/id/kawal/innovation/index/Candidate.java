package id.kawal.innovation.index;

import id.kawal.innovation.InnovationForm;
import id.kawal.innovation.InnovationStatus;
import java.time.LocalDate;

/** A running innovation implemented inside the window, with what the national portal asks for (no NIP). */
public record Candidate(Long id, String name, String opd, String urusan, InnovationForm form, LocalDate startedOn,
        String ownerName, String ownerPosition, String problem, String benefit, InnovationStatus status) {
}
