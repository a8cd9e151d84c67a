package id.kawal.competition;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's desk-review decision on an entry, with the reason kept on the entry. */
public class DeskReviewForm {

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "ELIGIBLE|INCOMPLETE|INELIGIBLE", message = "{desk.decision}")
    private String decision;

    @Size(max = 2000, message = "{field.tooLong}")
    private String reason;

    public DeskReviewForm() {
    }

    public DeskReviewForm(String decision, String reason) {
        this.decision = decision;
        this.reason = reason;
    }

    @AssertTrue(message = "{desk.reasonRequired}")
    public boolean isReasonGivenUnlessEligible() {
        return CompetitionProcess.ELIGIBLE.equals(decision) || (reason != null && !reason.isBlank());
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
