package id.kawal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kawal.system.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

class ProposalRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    private static ProposalForm withRows(ProposalForm.MilestoneRow... rows) {
        ProposalForm form = new ProposalForm();
        form.setMilestones(Arrays.asList(rows));
        return form;
    }

    /** Field path to message code. */
    private static Map<String, String> codes(ProposalForm form) {
        return ProposalRules.errors(form, TODAY).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getCodes()[0]));
    }

    @Test
    void milestonesWithTitlesDueTodayOrLaterPass() {
        ProposalForm form = withRows(new ProposalForm.MilestoneRow("Sosialisasi", TODAY),
                new ProposalForm.MilestoneRow("Peluncuran", TODAY.plusMonths(2)));

        assertThat(ProposalRules.errors(form, TODAY)).isEmpty();
        assertThatCode(() -> ProposalRules.check(form, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aProposalNeedsAtLeastOneMilestoneAndBlankRowsDoNotCount() {
        ProposalForm form = withRows(new ProposalForm.MilestoneRow(), new ProposalForm.MilestoneRow(" ", null));

        assertThat(codes(form)).containsExactly(Map.entry("milestones", "proposal.milestonesRequired"));
    }

    @Test
    void aFilledRowNeedsATitleAndADueDateReportedAtItsOwnField() {
        ProposalForm form = withRows(new ProposalForm.MilestoneRow("Sosialisasi", TODAY.plusDays(7)),
                new ProposalForm.MilestoneRow(),
                new ProposalForm.MilestoneRow(null, TODAY.plusDays(10)),
                new ProposalForm.MilestoneRow("Peluncuran", null));

        assertThat(codes(form)).containsOnly(Map.entry("milestones[2].title", "field.required"),
                Map.entry("milestones[3].dueDate", "field.required"));
    }

    @Test
    void aDueDateBeforeTodayIsRefused() {
        ProposalForm form = withRows(new ProposalForm.MilestoneRow("Sosialisasi", TODAY.minusDays(1)));

        assertThat(codes(form)).containsExactly(Map.entry("milestones[0].dueDate", "proposal.dueInPast"));
    }

    @Test
    void checkThrowsEveryBrokenRuleAtOnce() {
        ProposalForm form = withRows(new ProposalForm.MilestoneRow(" ", TODAY.minusDays(3)));

        assertThatThrownBy(() -> ProposalRules.check(form, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsOnlyKeys("milestones[0].title", "milestones[0].dueDate")
                        .extractingByKey("milestones[0].dueDate").extracting(MessageSourceResolvable::getDefaultMessage)
                        .isEqualTo("proposal.dueInPast"));
    }
}
