package id.kawal.actionplan;

import id.kawal.system.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a proposal's milestones must satisfy before it goes to review, checked at submission whichever way the form
 * came (page or API) and with the domain's clock for "today": at least one milestone, and every filled-in row with
 * a title and a due date that is not before today. Blank rows are ignored.
 * Errors are keyed by the form's field paths ({@code milestones}, {@code milestones[2].dueDate}) so that the page
 * shows each next to its field.
 */
final class ProposalRules {

    private ProposalRules() {
    }

    /** @throws InvalidInputException with every broken rule, when any is */
    static void check(ProposalForm form, LocalDate today) {
        Map<String, MessageSourceResolvable> errors = errors(form, today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The broken rules by field path, in the form's order; empty when the proposal may be submitted. */
    static Map<String, MessageSourceResolvable> errors(ProposalForm form, LocalDate today) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        if (form.filledMilestones().isEmpty()) {
            errors.put("milestones", resolvable("proposal.milestonesRequired"));
        }
        List<ProposalForm.MilestoneRow> rows = form.getMilestones();
        for (int i = 0; i < rows.size(); i++) {
            ProposalForm.MilestoneRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            if (row.getTitle() == null || row.getTitle().isBlank()) {
                errors.put("milestones[" + i + "].title", resolvable("field.required"));
            }
            if (row.getDueDate() == null) {
                errors.put("milestones[" + i + "].dueDate", resolvable("field.required"));
            } else if (row.getDueDate().isBefore(today)) {
                errors.put("milestones[" + i + "].dueDate", resolvable("proposal.dueInPast"));
            }
        }
        return errors;
    }

    private static MessageSourceResolvable resolvable(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
