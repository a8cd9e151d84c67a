package id.kawal.actionplan;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision on a stage: approve it, or send it back with a comment saying what to change. */
public class ReviewForm {

    public enum Decision { APPROVE, REVISE }

    @NotNull(message = "{review.decisionRequired}")
    private Decision decision;

    @Size(max = 4000, message = "{field.tooLong}")
    private String comment;

    public ReviewForm() {
    }

    public ReviewForm(Decision decision, String comment) {
        this.decision = decision;
        this.comment = comment;
    }

    @AssertTrue(message = "{review.commentRequired}")
    public boolean isCommentGivenWhenRevising() {
        return decision != Decision.REVISE || (comment != null && !comment.isBlank());
    }

    public boolean approved() {
        return decision == Decision.APPROVE;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
