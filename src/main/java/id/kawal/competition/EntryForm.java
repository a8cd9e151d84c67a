package id.kawal.competition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An innovation as an OPD enters it. */
public class EntryForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String innovationTitle;

    @NotBlank(message = "{field.required}")
    @Size(max = 8000, message = "{field.tooLong}")
    private String summary;

    @NotNull(message = "{field.required}")
    @PastOrPresent(message = "{entry.implementedInFuture}")
    private LocalDate implementedOn;

    /** The registry record this entry is of, chosen by the officer; null: found or made by the title. */
    private Long innovationId;

    public EntryForm() {
    }

    public EntryForm(String innovationTitle, String summary, LocalDate implementedOn) {
        this.innovationTitle = innovationTitle;
        this.summary = summary;
        this.implementedOn = implementedOn;
    }

    public String getInnovationTitle() {
        return innovationTitle;
    }

    public void setInnovationTitle(String innovationTitle) {
        this.innovationTitle = innovationTitle;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getInnovationId() {
        return innovationId;
    }

    public void setInnovationId(Long innovationId) {
        this.innovationId = innovationId;
    }

    public LocalDate getImplementedOn() {
        return implementedOn;
    }

    public void setImplementedOn(LocalDate implementedOn) {
        this.implementedOn = implementedOn;
    }
}
