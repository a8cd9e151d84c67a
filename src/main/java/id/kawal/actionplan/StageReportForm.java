package id.kawal.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The written part of a milestone report, the trial evaluation or the final report. */
public class StageReportForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 8000, message = "{field.tooLong}")
    private String text;

    public StageReportForm() {
    }

    public StageReportForm(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
