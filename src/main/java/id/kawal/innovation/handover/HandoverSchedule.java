package id.kawal.innovation.handover;

import org.springframework.stereotype.Component;

/** The model's timer, as {@code ${handoverSchedule.successorDue()}}: from {@code kawal.innovation.handover-days}. */
@Component("handoverSchedule")
public class HandoverSchedule {

    private final HandoverProperties properties;

    public HandoverSchedule(HandoverProperties properties) {
        this.properties = properties;
    }

    /** How long "Tunjuk penerus" may wait before Bappeda is told: an ISO 8601 duration. */
    public String successorDue() {
        return "P" + properties.handoverDays() + "D";
    }
}
