package id.kawal.innovation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A change of status: from when, and why (a stop must say why). {@code version} as the officer saw the record. */
public class StatusChangeForm {

    @NotNull(message = "{field.required}")
    private InnovationStatus status;

    @NotNull(message = "{field.required}")
    @PastOrPresent(message = "{innovation.changedInFuture}")
    private LocalDate changedOn;

    @Size(max = 2000, message = "{field.tooLong}")
    private String reason;

    private Long version;

    public StatusChangeForm() {
    }

    public StatusChangeForm(InnovationStatus status, LocalDate changedOn, String reason) {
        this.status = status;
        this.changedOn = changedOn;
        this.reason = reason;
    }

    public InnovationStatus getStatus() {
        return status;
    }

    public void setStatus(InnovationStatus status) {
        this.status = status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(LocalDate changedOn) {
        this.changedOn = changedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
