package id.kawal.innovation.check;

import id.kawal.innovation.CheckOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The answer to "does the innovation still run?": {@code BERJALAN} with evidence (a usage figure with its date, a
 * link, or documents uploaded with the page's form) or {@code TERHENTI} from a date with the reason. Which fields
 * each answer needs is checked by {@link InnovationChecks#answer}, next to the fields.
 */
public class CheckAnswerForm {

    @NotNull(message = "{field.required}")
    private CheckOutcome outcome;

    @PositiveOrZero(message = "{innovation.figureNegative}")
    private BigDecimal usage;

    @Size(max = 300, message = "{field.tooLong}")
    private String usageLabel;

    private LocalDate usageOn;

    @Size(max = 1000, message = "{field.tooLong}")
    private String url;

    private LocalDate stoppedOn;

    @Size(max = 2000, message = "{field.tooLong}")
    private String reason;

    public CheckAnswerForm() {
    }

    public static CheckAnswerForm running(BigDecimal usage, LocalDate usageOn, String url) {
        CheckAnswerForm form = new CheckAnswerForm();
        form.outcome = CheckOutcome.BERJALAN;
        form.usage = usage;
        form.usageOn = usageOn;
        form.url = url;
        return form;
    }

    public static CheckAnswerForm stopped(LocalDate stoppedOn, String reason) {
        CheckAnswerForm form = new CheckAnswerForm();
        form.outcome = CheckOutcome.TERHENTI;
        form.stoppedOn = stoppedOn;
        form.reason = reason;
        return form;
    }

    public CheckOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CheckOutcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getUsage() {
        return usage;
    }

    public void setUsage(BigDecimal usage) {
        this.usage = usage;
    }

    public String getUsageLabel() {
        return usageLabel;
    }

    public void setUsageLabel(String usageLabel) {
        this.usageLabel = usageLabel;
    }

    public LocalDate getUsageOn() {
        return usageOn;
    }

    public void setUsageOn(LocalDate usageOn) {
        this.usageOn = usageOn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public LocalDate getStoppedOn() {
        return stoppedOn;
    }

    public void setStoppedOn(LocalDate stoppedOn) {
        this.stoppedOn = stoppedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
