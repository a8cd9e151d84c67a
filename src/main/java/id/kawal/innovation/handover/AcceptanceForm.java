package id.kawal.innovation.handover;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The successor's answer: accept the handover, or return it to the outgoing owner with a reason. */
public class AcceptanceForm {

    public enum Decision { ACCEPT, RETURN }

    @NotNull(message = "{field.required}")
    private Decision decision;

    @Size(max = 2000, message = "{field.tooLong}")
    private String reason;

    public AcceptanceForm() {
    }

    public AcceptanceForm(Decision decision, String reason) {
        this.decision = decision;
        this.reason = reason;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
