package id.kawal.innovation.handover;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The owner was rotated (mutasi): from when, to which position and agency, and anything the successor should know. */
public class RotationForm {

    @NotNull(message = "{field.required}")
    @PastOrPresent(message = "{handover.rotatedInFuture}")
    private LocalDate rotatedOn;

    @Size(max = 255, message = "{field.tooLong}")
    private String newPosition;

    @Size(max = 255, message = "{field.tooLong}")
    private String newAgency;

    @Size(max = 2000, message = "{field.tooLong}")
    private String note;

    public RotationForm() {
    }

    public RotationForm(LocalDate rotatedOn, String newPosition, String newAgency, String note) {
        this.rotatedOn = rotatedOn;
        this.newPosition = newPosition;
        this.newAgency = newAgency;
        this.note = note;
    }

    public LocalDate getRotatedOn() {
        return rotatedOn;
    }

    public void setRotatedOn(LocalDate rotatedOn) {
        this.rotatedOn = rotatedOn;
    }

    public String getNewPosition() {
        return newPosition;
    }

    public void setNewPosition(String newPosition) {
        this.newPosition = newPosition;
    }

    public String getNewAgency() {
        return newAgency;
    }

    public void setNewAgency(String newAgency) {
        this.newAgency = newAgency;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
