package id.kawal.innovation;

import java.time.LocalDate;

/**
 * A competition entry as the registry needs it, handed over by the competition feature when an OPD submits.
 *
 * @param innovationId the record the officer chose from the registry, or null to find or make one by name
 */
public record EntryRegistration(Long entryId, Long innovationId, String opd, String officer, String title,
        String summary, LocalDate implementedOn, String competitionName, int competitionYear) {
}
