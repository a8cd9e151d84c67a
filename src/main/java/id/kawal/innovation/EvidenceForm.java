package id.kawal.innovation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A piece of evidence: a link (with its address) or a usage figure (with the number), dated. */
public class EvidenceForm {

    @NotNull(message = "{field.required}")
    private Evidence.Kind kind = Evidence.Kind.LINK;

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String label;

    @Size(max = 1000, message = "{field.tooLong}")
    private String url;

    @PositiveOrZero(message = "{innovation.figureNegative}")
    private BigDecimal figure;

    @NotNull(message = "{field.required}")
    @PastOrPresent(message = "{innovation.changedInFuture}")
    private LocalDate measuredOn;

    public EvidenceForm() {
    }

    public EvidenceForm(Evidence.Kind kind, String label, String url, BigDecimal figure, LocalDate measuredOn) {
        this.kind = kind;
        this.label = label;
        this.url = url;
        this.figure = figure;
        this.measuredOn = measuredOn;
    }

    public Evidence.Kind getKind() {
        return kind;
    }

    public void setKind(Evidence.Kind kind) {
        this.kind = kind;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public BigDecimal getFigure() {
        return figure;
    }

    public void setFigure(BigDecimal figure) {
        this.figure = figure;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }
}
