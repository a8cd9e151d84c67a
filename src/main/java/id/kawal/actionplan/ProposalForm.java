package id.kawal.actionplan;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Rencana Aksi Perubahan as the participant drafts it. Blank milestone rows are ignored. */
@ProposalForm.HasMilestones
public class ProposalForm {

    public static final int MILESTONE_ROWS = 6;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String title;

    @NotBlank(message = "{field.required}")
    @Size(max = 8000, message = "{field.tooLong}")
    private String problemStatement;

    @NotBlank(message = "{field.required}")
    @Size(max = 8000, message = "{field.tooLong}")
    private String objectives;

    @Valid
    private List<MilestoneRow> milestones = new ArrayList<>();

    public static ProposalForm blank() {
        ProposalForm form = new ProposalForm();
        form.padMilestones();
        return form;
    }

    /** Gives the page as many empty rows as it shows. */
    public void padMilestones() {
        while (milestones.size() < MILESTONE_ROWS) {
            milestones.add(new MilestoneRow());
        }
    }

    public List<MilestoneRow> filledMilestones() {
        return milestones.stream().filter(m -> !m.isBlank()).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblemStatement() {
        return problemStatement;
    }

    public void setProblemStatement(String problemStatement) {
        this.problemStatement = problemStatement;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneRow> milestones) {
        this.milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
    }

    /** At least one milestone row is filled in; reported on the {@code milestones} field. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = HasMilestonesValidator.class)
    public @interface HasMilestones {
        String message() default "{proposal.milestonesRequired}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class HasMilestonesValidator implements ConstraintValidator<HasMilestones, ProposalForm> {
        @Override
        public boolean isValid(ProposalForm form, ConstraintValidatorContext context) {
            if (!form.filledMilestones().isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("milestones").addConstraintViolation();
            return false;
        }
    }

    public static class MilestoneRow {

        @Size(max = 200, message = "{field.tooLong}")
        private String title;

        private LocalDate dueDate;

        public MilestoneRow() {
        }

        public MilestoneRow(String title, LocalDate dueDate) {
            this.title = title;
            this.dueDate = dueDate;
        }

        boolean isBlank() {
            return (title == null || title.isBlank()) && dueDate == null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }
    }
}
