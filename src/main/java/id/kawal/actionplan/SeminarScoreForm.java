package id.kawal.actionplan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One assessor's score of the final seminar, 0 to 100. */
public class SeminarScoreForm {

    @NotNull(message = "{field.required}")
    @DecimalMin(value = "0", message = "{score.range}")
    @DecimalMax(value = "100", message = "{score.range}")
    @Digits(integer = 3, fraction = 2, message = "{score.digits}")
    private BigDecimal score;

    @Size(max = 4000, message = "{field.tooLong}")
    private String comment;

    public SeminarScoreForm() {
    }

    public SeminarScoreForm(BigDecimal score, String comment) {
        this.score = score;
        this.comment = comment;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
