package id.kawal.competition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A juror's scores of one entry: one row per criterion, 0 to 100, each with a comment. */
public class ScoreForm {

    @Valid
    @NotEmpty(message = "{field.required}")
    private List<Row> scores = new ArrayList<>();

    public static class Row {
        @NotNull(message = "{field.required}")
        private Long criterionId;

        @NotNull(message = "{field.required}")
        @DecimalMin(value = "0", message = "{score.range}")
        @DecimalMax(value = "100", message = "{score.range}")
        private BigDecimal value;

        @Size(max = 2000, message = "{field.tooLong}")
        private String comment;

        public Row() {
        }

        public Row(Long criterionId, BigDecimal value, String comment) {
            this.criterionId = criterionId;
            this.value = value;
            this.comment = comment;
        }

        public Long getCriterionId() { return criterionId; }
        public void setCriterionId(Long criterionId) { this.criterionId = criterionId; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    public List<Row> getScores() {
        return scores;
    }

    public void setScores(List<Row> scores) {
        this.scores = scores == null ? new ArrayList<>() : new ArrayList<>(scores);
    }
}
