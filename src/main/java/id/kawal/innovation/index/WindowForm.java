package id.kawal.innovation.index;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An index year's eligibility window and capacity score (SPD, optional: without it SPD counts 0). */
public class WindowForm {

    /** The index year, on the page's form (the API takes it from the path). */
    private Integer year;

    @NotNull
    private LocalDate windowFrom;

    @NotNull
    private LocalDate windowTo;

    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal spdScore;

    public WindowForm() {
    }

    public WindowForm(LocalDate windowFrom, LocalDate windowTo, BigDecimal spdScore) {
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.spdScore = spdScore;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getWindowFrom() {
        return windowFrom;
    }

    public void setWindowFrom(LocalDate windowFrom) {
        this.windowFrom = windowFrom;
    }

    public LocalDate getWindowTo() {
        return windowTo;
    }

    public void setWindowTo(LocalDate windowTo) {
        this.windowTo = windowTo;
    }

    public BigDecimal getSpdScore() {
        return spdScore;
    }

    public void setSpdScore(BigDecimal spdScore) {
        this.spdScore = spdScore;
    }
}
