package id.kawal.actionplan;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new angkatan. */
public class CohortForm {

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "[A-Z0-9-]{3,40}", message = "{cohort.codeFormat}")
    private String code;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String name;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String region;

    @NotNull(message = "{field.required}")
    private LocalDate startDate;

    private LocalDate endDate;

    @AssertTrue(message = "{cohort.endBeforeStart}")
    public boolean isEndAfterStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
