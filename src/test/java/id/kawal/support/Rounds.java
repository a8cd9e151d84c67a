package id.kawal.support;

import static id.kawal.competition.CompetitionProcess.SUBMISSION_OPENS;

import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionForm;
import id.kawal.competition.CompetitionKind;
import id.kawal.competition.CompetitionService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;

/** Competition rounds of a test's own, open for entries now, and the steps tests take on them. */
public class Rounds {

    private final CompetitionService competitions;
    private final ManagementService management;
    private final TaskService tasks;

    public Rounds(CompetitionService competitions, ManagementService management, TaskService tasks) {
        this.competitions = competitions;
        this.management = management;
        this.tasks = tasks;
    }

    /**
     * A local round named {@code prefix} and a unique suffix: open since yesterday, eligible if implemented 2019-2024,
     * one required document ("Proposal"), criteria Manfaat 60 and Akses 40, one award, these jurors.
     */
    public static CompetitionForm form(String prefix, List<String> jurors) {
        CompetitionForm form = new CompetitionForm();
        form.setName(prefix + " " + System.nanoTime());
        form.setOrganiser("Bappeda");
        form.setYear(2026);
        form.setKind(CompetitionKind.LOCAL);
        form.setSubmissionOpensAt(LocalDateTime.now().minusDays(1));
        form.setSubmissionClosesAt(LocalDateTime.now().plusDays(10));
        form.setEligibleFrom(LocalDate.of(2019, 1, 1));
        form.setEligibleUntil(LocalDate.of(2024, 12, 31));
        form.setCompletionDays(5);
        form.setScoringDeadline(LocalDate.now().plusDays(20));
        form.setEntryLimitPerOpd(2);
        form.setShortlistSize(2);
        form.setRequiredDocuments("Proposal");
        form.setJurors(jurors);
        form.setCriteria(List.of(new CompetitionForm.CriterionRow("Manfaat", 60), new CompetitionForm.CriterionRow("Akses", 40)));
        form.setAwards(List.of(new CompetitionForm.AwardRow("Juara 1", true, null)));
        return form;
    }

    /** The round set up and its submission window opened (the model's timer fired). */
    public Competition open(CompetitionForm form) {
        Competition competition = competitions.create(form);
        fire(competition, SUBMISSION_OPENS);
        return competitions.get(competition.getId());
    }

    /** Runs the round's timer or async job waiting at {@code activity}. */
    public void fire(Competition competition, String activity) {
        management.executeJob(management.createJobQuery().processInstanceId(competition.getProcessInstanceId())
                .activityId(activity).singleResult().getId());
    }

    /** The id of an open task of this kind in the process instance (the first, when several wait). */
    public String task(String processInstanceId, String key) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).list().get(0).getId();
    }
}
