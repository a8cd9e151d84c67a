package id.kawal.competition;

import static org.hamcrest.Matchers.containsString;
import static id.kawal.competition.CompetitionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.notification.NotificationRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.support.Rounds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;
import id.kawal.system.ClockConfig;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The administrator's follow-up of a late juror ({@code handle-late-juror}) through the real engine, database, page
 * and API: a round of Bappeda's entry scored by juri1 and juri2, where juri2 misses the deadline. juri3 works in
 * Bappeda, so may never take the entry over.
 */
@KawalIntegrationTest
class LateJurorFollowUpTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired Rounds rounds;
    @Autowired Plans plans;
    @Autowired EntryService entries;
    @Autowired CompetitionService competitions;
    @Autowired JuryService jury;
    @Autowired LateJurors lateJurors;
    @Autowired ScoreRepository scores;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired NotificationRepository notifications;
    @Autowired CompetitionTasks competitionTasks;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;

    @Test
    void theAdministratorHandsTheLateJurorsScoringToAJurorWithoutAConflictAndOnlyTheirScoreCounts() throws Exception {
        Entry entry = lateJurorOfBappedasEntry();
        String followUp = followUpTask(entry);
        String fresh = plans.newUser("juri", Role.JUROR);

        // the inbox links the task to its page; the page offers only jurors with no conflict, not on the jury yet
        assertThat(competitionTasks.inbox("admin", 0, 100).items()).filteredOn(i -> i.taskId().equals(followUp))
                .extracting(CompetitionTasks.Item::link).containsExactly("/admin/late-jurors/" + followUp);
        MvcResult page = mvc.perform(get("/admin/late-jurors/{t}", followUp).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn();
        LateJurors.FollowUp shown = (LateJurors.FollowUp) page.getModelAndView().getModel().get("followUp");
        assertThat(shown.lateJurors()).containsExactly("juri2");
        assertThat(shown.replacements()).extracting(Person::getUsername).contains(fresh)
                .doesNotContain("juri1", "juri2", "juri3");
        assertThat(page.getResponse().getContentAsString()).contains("name=\"replacements[juri2]\"");
        assertThat(mvc.perform(get("/entries/{id}", entry.getId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("/admin/late-jurors/" + followUp);

        // a juror of the entry's own OPD is refused, next to the late juror's field, and nothing changes
        api(followUp, "{\"action\":\"REASSIGN\",\"replacements\":{\"juri2\":\"juri3\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['replacements[juri2]']").isNotEmpty());
        api(followUp, "{\"action\":\"REASSIGN\",\"replacements\":{}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['replacements[juri2]']").isNotEmpty());
        assertThat(scoringTask(entry).getAssignee()).isEqualTo("juri2");
        // closing is no way out while a juror is late
        api(followUp, "{\"action\":\"CLOSE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.action").isNotEmpty());

        // whatever the late juror may have left behind does not count once the scoring is handed over
        transaction.executeWithoutResult(s -> {
            Entry loaded = entries.get(entry.getId());
            loaded.getCompetition().getCriteria().forEach(c -> scores.save(new Score(loaded, "juri2", c,
                    BigDecimal.TEN, null, Instant.now())));
        });
        api(followUp, "{\"action\":\"REASSIGN\",\"replacements\":{\"juri2\":\"" + fresh + "\"}}")
                .andExpect(status().isNoContent());

        Task scoring = scoringTask(entry);
        assertThat(scoring.getAssignee()).isEqualTo(fresh);
        assertThat(jury.assignmentsOf(entry.getId())).extracting(JuryAssignment::getJuror, JuryAssignment::getStatus)
                .containsExactly(tuple("juri1", JuryAssignment.Status.SCORED),
                        tuple("juri2", JuryAssignment.Status.REASSIGNED), tuple(fresh, JuryAssignment.Status.ASSIGNED));
        assertThat(notifications.countByRecipientAndCode(fresh, "notify.scoringHandedOver")).isOne();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(entry.getProcessInstanceId())
                .activityId(LATE_JUROR_HANDLED).count()).isOne();
        assertThat(tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId())
                .taskDefinitionKey(HANDLE_LATE_JUROR).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(entry.getProcessInstanceId())
                .variableName(VAR_LATE_JUROR_ACTION).singleResult().getValue()).isEqualTo("REASSIGN");

        // the same follow-up again (a second click, another administrator): a conflict, nothing done twice
        api(followUp, "{\"action\":\"REASSIGN\",\"replacements\":{\"juri2\":\"" + fresh + "\"}}")
                .andExpect(status().isConflict());

        jury.score(scoring.getId(), fresh, scoresOf(entry, 90));
        // juri1 80, the stand-in 90; juri2's 10 is left out
        assertThat(entries.get(entry.getId()).getTotalScore()).isEqualByComparingTo("85.00");
    }

    @Test
    void extendingOnceRemindsTheJurorAgainWhenTheNewDeadlinePassesAndASecondExtensionIsRefused() throws Exception {
        Entry entry = lateJurorOfBappedasEntry();
        String followUp = followUpTask(entry);
        long remindedBefore = notifications.countByRecipientAndCode("juri2", "notify.jurorLate");

        // the page: no date, a date not after today; each comes back with its message next to the field
        page(followUp, Map.of("action", "EXTEND")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "dateGivenToExtend"));
        page(followUp, Map.of("action", "EXTEND", "extendedUntil", LocalDate.now().toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "extendedUntil"));
        page(followUp, Map.of("action", "SOMETHING")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "action"));
        assertThat(tasks.createTaskQuery().taskId(followUp).count()).isOne();

        LocalDate until = LocalDate.now().plusDays(3);
        page(followUp, Map.of("action", "EXTEND", "extendedUntil", until.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/entries/" + entry.getId()))
                .andExpect(flash().attribute("message", "flash.lateJuror.EXTEND"));

        assertThat(entries.get(entry.getId()).getScoringExtendedUntil()).isEqualTo(until);
        assertThat(notifications.countByRecipientAndCode("juri2", "notify.scoringExtended")).isOne();
        Job extended = job(entry, EXTENDED_SCORING_DUE);
        assertThat(extended.getDuedate().toInstant())
                .isEqualTo(until.plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant());
        assertThat(scoringTask(entry).getAssignee()).isEqualTo("juri2");

        // the new deadline passes with juri2 still late: reminded again, a new follow-up for the administrators
        management.executeJob(extended.getId());
        management.executeJob(job(entry, REMIND_LATE_JUROR).getId());
        assertThat(notifications.countByRecipientAndCode("juri2", "notify.jurorLate")).isEqualTo(remindedBefore + 1);
        String again = followUpTask(entry);
        assertThat(again).isNotEqualTo(followUp);

        // once only: the page no longer offers it, the API refuses it, saying until when it was extended
        MvcResult page = mvc.perform(get("/admin/late-jurors/{t}", again).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn();
        assertThat(page.getResponse().getContentAsString()).doesNotContain("value=\"EXTEND\"").contains(until.format(DAY));
        api(again, "{\"action\":\"EXTEND\",\"extendedUntil\":\"" + until.plusDays(7) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.action").value(containsString(until.format(DAY))));
        assertThat(entries.get(entry.getId()).getScoringExtendedUntil()).isEqualTo(until);

        // the administrator must hand it over now
        String fresh = plans.newUser("juri", Role.JUROR);
        api(again, "{\"action\":\"REASSIGN\",\"replacements\":{\"juri2\":\"" + fresh + "\"}}")
                .andExpect(status().isNoContent());
        assertThat(scoringTask(entry).getAssignee()).isEqualTo(fresh);
        assertThat(management.createJobQuery().processInstanceId(entry.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void aFollowUpAfterEveryJurorScoredIsClosedAndOnlyByAnAdministrator() throws Exception {
        Entry entry = lateJurorOfBappedasEntry();
        String followUp = followUpTask(entry);
        jury.score(scoringTask(entry).getId(), "juri2", scoresOf(entry, 70));

        api(followUp, "{\"action\":\"EXTEND\",\"extendedUntil\":\"" + LocalDate.now().plusDays(2) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.action").isNotEmpty());
        mvc.perform(post("/api/tasks/{t}/late-juror", followUp).with(httpBasic("juri1", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"CLOSE\"}")).andExpect(status().isForbidden());
        api(followUp, "{\"action\":\"CLOSE\"}").andExpect(status().isNoContent());

        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(entry.getProcessInstanceId())
                .activityId(LATE_JUROR_HANDLED).count()).isOne();
        assertThat(entries.get(entry.getId()).getStatus()).isEqualTo(EntryStatus.SCORED);
    }

    // ------------------------------------------------------------------ steps

    /** A round scored by juri1 and juri2; Bappeda's entry; juri1 scores 80, juri2 misses the deadline. */
    private Entry lateJurorOfBappedasEntry() {
        Competition round = rounds.open(Rounds.form("Kompetisi juri terlambat", List.of("juri1", "juri2")));
        Entry entry = entries.submit(round.getId(), "opd2", new EntryForm("Inovasi terlambat " + System.nanoTime(), "x",
                LocalDate.of(2021, 1, 1)), Map.of("Proposal", List.of(Plans.pdf("p.pdf"))));
        rounds.fire(round, SUBMISSION_CLOSES);
        entries.deskReview(rounds.task(entry.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(ELIGIBLE, null));
        competitions.finishDeskReview(rounds.task(round.getProcessInstanceId(), FINISH_DESK_REVIEW), "admin");
        Task first = tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskAssignee("juri1").singleResult();
        jury.score(first.getId(), "juri1", scoresOf(entry, 80));
        management.executeJob(job(entry, SCORING_DUE).getId());
        management.executeJob(job(entry, REMIND_LATE_JUROR).getId());
        return entry;
    }

    private ScoreForm scoresOf(Entry entry, int value) {
        ScoreForm form = new ScoreForm();
        competitions.get(entry.getCompetition().getId()).getCriteria()
                .forEach(c -> form.getScores().add(new ScoreForm.Row(c.getId(), BigDecimal.valueOf(value), null)));
        return form;
    }

    private Job job(Entry entry, String activity) {
        return management.createJobQuery().processInstanceId(entry.getProcessInstanceId()).activityId(activity).singleResult();
    }

    private String followUpTask(Entry entry) {
        return tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(HANDLE_LATE_JUROR)
                .singleResult().getId();
    }

    private Task scoringTask(Entry entry) {
        return tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(SCORE_ENTRY)
                .singleResult();
    }

    private ResultActions api(String taskId, String body) throws Exception {
        return mvc.perform(post("/api/tasks/{t}/late-juror", taskId).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions page(String taskId, Map<String, String> fields)
            throws Exception {
        var request = post("/admin/late-jurors/{t}", taskId).with(user("admin").roles("ADMIN")).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request);
    }
}
