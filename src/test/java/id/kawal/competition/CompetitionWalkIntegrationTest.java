package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.certificate.CertificateService;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.Role;
import id.kawal.notification.NotificationRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.support.Rounds;
import id.kawal.support.SqlStatements;
import id.kawal.system.InboxPage;
import id.kawal.system.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.multipart.MultipartFile;

/** A competition through the real engine and database: setup, entries, desk review, jury, results. */
@KawalIntegrationTest
class CompetitionWalkIntegrationTest {

    @Autowired CompetitionService competitions;
    @Autowired EntryService entries;
    @Autowired JuryService jury;
    @Autowired ResultsService results;
    @Autowired EntryRepository entryRepository;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired NotificationRepository notifications;
    @Autowired CertificateService certificates;
    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired CompetitionTasks competitionTasks;
    @Autowired LateJurors lateJurors;

    /** The shared round (support/Rounds) with two required documents, the three demo jurors and three awards. */
    private CompetitionForm form() {
        CompetitionForm form = Rounds.form("Kompetisi Uji", List.of("juri1", "juri2", "juri3"));
        form.setRequiredDocuments("Proposal\nSK inovasi");
        form.setAwards(List.of(new CompetitionForm.AwardRow("Juara 1", true, new BigDecimal("1000000")),
                new CompetitionForm.AwardRow("Juara 2", true, null),
                new CompetitionForm.AwardRow("Apresiasi", false, null)));
        return form;
    }

    private Competition open(CompetitionForm form) {
        Competition competition = competitions.create(form);
        fire(competition, SUBMISSION_OPENS);
        return competitions.get(competition.getId());
    }

    private void fire(Competition competition, String activity) {
        Job job = management.createJobQuery().processInstanceId(competition.getProcessInstanceId()).activityId(activity).singleResult();
        management.executeJob(job.getId());
    }

    private static Map<String, List<MultipartFile>> allDocuments() {
        return Map.of("Proposal", List.of(Plans.pdf("p.pdf")), "SK inovasi", List.of(Plans.pdf("sk.pdf")));
    }

    private String task(String processInstanceId, String key) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).list().get(0).getId();
    }

    private void scoreAll(Entry entry, int value) {
        Competition c = competitions.get(entry.getCompetition().getId());
        for (Task t : tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(SCORE_ENTRY).list()) {
            ScoreForm form = new ScoreForm();
            c.getCriteria().forEach(cr -> form.getScores().add(new ScoreForm.Row(cr.getId(), BigDecimal.valueOf(value), null)));
            jury.score(t.getId(), t.getAssignee(), form);
        }
    }

    /** A round in scoring whose only juror is a new one, with that many entries waiting for their scores. */
    private String jurorWithEntriesToScore(int count) {
        String juror = plans.newUser("juri", Role.JUROR);
        CompetitionForm form = form();
        form.setJurors(List.of(juror));
        form.setEntryLimitPerOpd(count);
        Competition competition = open(form);
        List<Entry> submitted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            submitted.add(entries.submit(competition.getId(), "opd1", new EntryForm("Inovasi " + i, "x", LocalDate.of(2021, 1, 1)),
                    allDocuments()));
        }
        fire(competition, SUBMISSION_CLOSES);
        for (Entry entry : submitted) {
            entries.deskReview(task(entry.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(ELIGIBLE, null));
        }
        competitions.finishDeskReview(task(competition.getProcessInstanceId(), FINISH_DESK_REVIEW), "admin");
        return juror;
    }

    @Test
    void aJurorsTasksComeOnePageAtATimeAtTheSameCostForTwoOrSixEntries() throws Exception {
        String two = jurorWithEntriesToScore(2);
        String six = jurorWithEntriesToScore(6);

        InboxPage<CompetitionTasks.Item> first = competitionTasks.inbox(six, 0, 4);
        InboxPage<CompetitionTasks.Item> second = competitionTasks.inbox(six, 1, 4);
        assertThat(List.of(first.total(), second.total())).containsOnly(6L);
        assertThat(first.items()).hasSize(4);
        List<CompetitionTasks.Item> both = new ArrayList<>(first.items());
        both.addAll(second.items());
        assertThat(both).extracting(CompetitionTasks.Item::entryTitle)
                .containsExactlyInAnyOrder("Inovasi 0", "Inovasi 1", "Inovasi 2", "Inovasi 3", "Inovasi 4", "Inovasi 5");
        assertThat(both).allSatisfy(item -> {
            assertThat(item.taskKey()).isEqualTo(SCORE_ENTRY);
            assertThat(item.competitionName()).startsWith("Kompetisi Uji");
            assertThat(item.link()).startsWith("/entries/");
        });

        competitionTasks.inbox(two, 0, 20);
        List<String> forTwo = SqlStatements.of(() -> assertThat(competitionTasks.inbox(two, 0, 20).items()).hasSize(2));
        List<String> forSix = SqlStatements.of(() -> assertThat(competitionTasks.inbox(six, 0, 20).items()).hasSize(6));
        assertThat(forSix).as("statements for six waiting tasks:%n%s", String.join("\n", forSix)).hasSize(forTwo.size());

        mvc.perform(get("/api/me/competition-tasks").param("size", "4").with(httpBasic(six, "rahasia-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.total").value(6));
        mvc.perform(get("/api/me/competition-tasks").param("size", "0").with(httpBasic(six, "rahasia-123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").exists());
    }

    @Test
    void weightsThatDoNotSumTo100AreRefusedByTheForm() {
        CompetitionForm form = form();
        form.setCriteria(List.of(new CompetitionForm.CriterionRow("Manfaat", 60), new CompetitionForm.CriterionRow("Akses", 30)));
        assertThat(form.isWeightsSumTo100()).isFalse();
    }

    @Test
    void anEntryBeforeTheWindowOpensIsRefusedAndNothingIsSaved() {
        Competition competition = competitions.create(form());
        long before = entryRepository.count();
        assertThatThrownBy(() -> entries.submit(competition.getId(), "opd1", new EntryForm("X", "y", LocalDate.of(2020, 1, 1)), allDocuments()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsKey("competition"));
        assertThat(entryRepository.count()).isEqualTo(before);
    }

    @Test
    void theEligibilityTableExplainsWhyAnEntryFailsAndTheAdministratorDecides() {
        Competition competition = open(form());
        Entry late = entries.submit(competition.getId(), "opd1", new EntryForm("Lama", "x", LocalDate.of(2018, 1, 1)), allDocuments());
        Entry incomplete = entries.submit(competition.getId(), "opd3", new EntryForm("Kurang", "x", LocalDate.of(2021, 1, 1)),
                Map.of("Proposal", List.of(Plans.pdf("p.pdf"))));
        assertThat(entries.get(late.getId()).getEligibilitySuggestion()).isEqualTo(INELIGIBLE);
        assertThat(entries.get(late.getId()).getEligibilityReason()).isEqualTo("eligibility.reason.outside-window");
        assertThat(entries.get(incomplete.getId()).getEligibilitySuggestion()).isEqualTo(INCOMPLETE);

        entries.deskReview(task(late.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(INELIGIBLE, "Di luar jendela"));
        Entry decided = entries.get(late.getId());
        assertThat(decided.getStatus()).isEqualTo(EntryStatus.INELIGIBLE);
        assertThat(decided.getDeskReason()).isEqualTo("Di luar jendela");
        assertThat(decided.getDeskDecidedBy()).isEqualTo("admin");
    }

    @Test
    void lookingAtADeskReviewLeavesItToEveryAdministratorAndDecidingTakesItForTheOneWhoDecides() throws Exception {
        Competition competition = open(form());
        Entry first = entries.submit(competition.getId(), "opd1", new EntryForm("Dilihat", "x", LocalDate.of(2021, 1, 1)), allDocuments());
        Entry second = entries.submit(competition.getId(), "opd3", new EntryForm("Diambil", "x", LocalDate.of(2021, 1, 1)), allDocuments());
        String firstReview = task(first.getProcessInstanceId(), DESK_REVIEW);
        String secondReview = task(second.getProcessInstanceId(), DESK_REVIEW);

        mvc.perform(get("/entries/{id}", first.getId()).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/competitions/{id}", competition.getId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me/competition-tasks").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        assertThat(tasks.createTaskQuery().taskId(firstReview).singleResult().getAssignee()).isNull();

        entries.deskReview(firstReview, "admin", new DeskReviewForm(ELIGIBLE, null));
        assertThat(history.createHistoricTaskInstanceQuery().taskId(firstReview).singleResult().getAssignee()).isEqualTo("admin");

        String other = plans.newUser("admin", Role.ADMIN);
        mvc.perform(post("/api/tasks/{id}/claim", secondReview).with(httpBasic(other, "rahasia-123")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/{id}/desk-review", secondReview).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ELIGIBLE\"}"))
                .andExpect(status().isConflict());
        assertThat(entries.get(second.getId()).getStatus()).isEqualTo(EntryStatus.UNDER_REVIEW);
        entries.deskReview(secondReview, other, new DeskReviewForm(ELIGIBLE, null));
        assertThat(entries.get(second.getId()).getDeskDecidedBy()).isEqualTo(other);
    }

    @Test
    void anIncompleteEntryGoesBackToTheOpdAndLapsesWhenTheDeadlinePasses() {
        Competition competition = open(form());
        Entry entry = entries.submit(competition.getId(), "opd3", new EntryForm("Kurang", "x", LocalDate.of(2021, 1, 1)),
                Map.of("Proposal", List.of(Plans.pdf("p.pdf"))));
        entries.deskReview(task(entry.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(INCOMPLETE, "SK belum ada"));
        assertThat(tasks.createTaskQuery().taskAssignee("opd3").processInstanceId(entry.getProcessInstanceId()).count()).isEqualTo(1);
        Job deadline = management.createJobQuery().processInstanceId(entry.getProcessInstanceId()).timers().singleResult();
        management.executeJob(deadline.getId());
        assertThat(entries.get(entry.getId()).getStatus()).isEqualTo(EntryStatus.LAPSED);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(entry.getProcessInstanceId()).singleResult()
                .getEndActivityId()).isEqualTo(ENTRY_LAPSED);
    }

    @Test
    void aCompletedEntryIsCheckedAgain() {
        Competition competition = open(form());
        Entry entry = entries.submit(competition.getId(), "opd3", new EntryForm("Lengkapi", "x", LocalDate.of(2021, 1, 1)),
                Map.of("Proposal", List.of(Plans.pdf("p.pdf"))));
        entries.deskReview(task(entry.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(INCOMPLETE, "SK belum ada"));
        entries.completeDocuments(task(entry.getProcessInstanceId(), COMPLETE_DOCUMENTS), "opd3",
                Map.of("SK inovasi", List.of(Plans.pdf("sk.pdf"))));
        assertThat(entries.get(entry.getId()).getEligibilitySuggestion()).isEqualTo(ELIGIBLE);
        assertThat(entries.get(entry.getId()).getStatus()).isEqualTo(EntryStatus.UNDER_REVIEW);
    }

    @Test
    void aWholeRoundRanksByWeightedScoreKeepsJurorsOffTheirOwnOpdAndPublishes() throws Exception {
        Competition competition = open(form());
        Entry bappeda = entries.submit(competition.getId(), "opd2", new EntryForm("Bappeda", "x", LocalDate.of(2021, 1, 1)), allDocuments());
        Entry rsud = entries.submit(competition.getId(), "opd1", new EntryForm("RSUD", "x", LocalDate.of(2021, 1, 1)), allDocuments());
        Entry kecamatan = entries.submit(competition.getId(), "opd3", new EntryForm("Kecamatan", "x", LocalDate.of(2021, 1, 1)), allDocuments());
        fire(competition, SUBMISSION_CLOSES);
        for (Entry e : List.of(bappeda, rsud, kecamatan)) {
            entries.deskReview(task(e.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(ELIGIBLE, null));
        }
        competitions.finishDeskReview(task(competition.getProcessInstanceId(), FINISH_DESK_REVIEW), "admin");

        // juri3 works in Bappeda: never on the Bappeda entry's jury, and cannot be put there
        assertThat(jury.assignmentsOf(bappeda.getId())).extracting(JuryAssignment::getJuror).containsExactly("juri1", "juri2");
        assertThat(jury.assignmentsOf(rsud.getId())).extracting(JuryAssignment::getJuror).containsExactly("juri1", "juri2", "juri3");
        String bappedaTask = task(bappeda.getProcessInstanceId(), SCORE_ENTRY);
        assertThatThrownBy(() -> jury.reassign(bappedaTask, "admin", "juri3")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> jury.score(task(rsud.getProcessInstanceId(), SCORE_ENTRY), "opd1", new ScoreForm()))
                .isInstanceOf(AccessDeniedException.class);

        scoreAll(bappeda, 80);
        scoreAll(rsud, 90);
        // a juror sees only their own scores while the round is open
        assertThat(jury.visibleScores(rsud.getId(), "juri1", EntryAudience.JUROR)).extracting(JuryService.ScoreLine::juror)
                .containsOnly("juri1");
        assertThatThrownBy(() -> jury.closeScoringRound(task(competition.getProcessInstanceId(), CLOSE_SCORING_ROUND), "admin"))
                .isInstanceOf(InvalidInputException.class);
        scoreAll(kecamatan, 70);
        assertThat(entries.get(rsud.getId()).getTotalScore()).isEqualByComparingTo("90.00");

        jury.closeScoringRound(task(competition.getProcessInstanceId(), CLOSE_SCORING_ROUND), "admin");
        // closing the round shows a juror no one else's scores, and the OPD nothing yet
        assertThat(jury.visibleScores(rsud.getId(), "juri1", EntryAudience.JUROR)).extracting(JuryService.ScoreLine::juror)
                .containsOnly("juri1");
        assertThat(jury.visibleScores(rsud.getId(), "opd1", EntryAudience.OPD)).isEmpty();
        assertThat(jury.visibleScores(rsud.getId(), "admin", EntryAudience.ADMIN)).extracting(JuryService.ScoreLine::juror)
                .contains("juri1", "juri2", "juri3");
        assertThat(entries.get(rsud.getId()).getRank()).isEqualTo(1);
        assertThat(entries.get(kecamatan.getId()).getStatus()).isEqualTo(EntryStatus.NOT_SHORTLISTED);

        results.holdPresentations(task(competition.getProcessInstanceId(), HOLD_PRESENTATIONS), "admin");
        Map<Long, String> awards = new HashMap<>(results.suggestedAwards(competition.getId()));
        assertThat(awards).containsEntry(rsud.getId(), "Juara 1").containsEntry(bappeda.getId(), "Juara 2");
        awards.put(kecamatan.getId(), "Apresiasi");
        results.finaliseAwards(task(competition.getProcessInstanceId(), FINALISE_AWARDS), "admin", awards);
        management.createJobQuery().processInstanceId(competition.getProcessInstanceId()).list()
                .forEach(j -> management.executeJob(j.getId()));

        ResultsService.ResultsView view = results.results(competition.getId());
        assertThat(view.competition().getStatus()).isEqualTo(CompetitionStatus.PUBLISHED);
        assertThat(view.ranking()).extracting(Entry::getInnovationTitle).containsExactly("RSUD", "Bappeda", "Kecamatan");
        assertThat(view.ranking()).extracting(Entry::getAward).containsExactly("Juara 1", "Juara 2", "Apresiasi");
        // once published, the OPD sees the jury's scores and comments, the jurors numbered, not named
        assertThat(jury.visibleScores(rsud.getId(), "opd1", EntryAudience.OPD)).hasSize(6).allSatisfy(line -> {
            assertThat(line.juror()).isNull();
            assertThat(line.jurorNumber()).isBetween(1, 3);
        });
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(kecamatan.getProcessInstanceId())
                .singleResult().getEndActivityId()).isEqualTo(ENTRY_NOT_SHORTLISTED);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(competition.getProcessInstanceId())
                .singleResult().getEndActivityId()).isEqualTo(RESULTS_PUBLISHED);

        // every scored entry's OPD gets its piagam, verifiable like an STTPP
        var piagam = certificates.forSubject(ResultsService.PIAGAM, DocumentOwner.COMPETITION_ENTRY.name(), kecamatan.getId()).orElseThrow();
        assertThat(piagam.getHolderUsername()).isEqualTo("opd3");
        assertThat(piagam.getAchievement()).isEqualTo("Apresiasi");
        try (var pdf = Loader.loadPDF(certificates.pdfOf(piagam.getSerial()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("PIAGAM PENGHARGAAN")
                    .contains("Kecamatan Pekalongan Selatan").contains("Apresiasi").contains(competition.getName());
        }
    }

    @Test
    void theDemoRoundOf2023IsPublishedWithItsSixWinners() {
        Competition lid = competitions.all().stream().filter(c -> c.getName().equals("Layanan Inovasi Daerah 2023")).findFirst().orElseThrow();
        ResultsService.ResultsView view = results.results(lid.getId());
        assertThat(view.competition().getStatus()).isEqualTo(CompetitionStatus.PUBLISHED);
        assertThat(view.ranking()).extracting(Entry::getAward).containsExactly("Juara 1", "Juara 2", "Juara 3",
                "Juara Harapan 1", "Juara Harapan 2", "Apresiasi Inovasi");
        assertThat(view.ranking().get(0).getInnovationTitle()).startsWith("JEMPOL");
        assertThat(view.entered()).isEqualTo(7);
        assertThat(view.inWindow()).isEqualTo(6);
    }

    private Competition toScoring(CompetitionForm form, List<Entry> out, String... officers) {
        Competition competition = open(form);
        for (String officer : officers) {
            out.add(entries.submit(competition.getId(), officer, new EntryForm("Inovasi " + officer, "x", LocalDate.of(2021, 1, 1)), allDocuments()));
        }
        fire(competition, SUBMISSION_CLOSES);
        for (Entry e : out) {
            entries.deskReview(task(e.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(ELIGIBLE, null));
        }
        competitions.finishDeskReview(task(competition.getProcessInstanceId(), FINISH_DESK_REVIEW), "admin");
        return competition;
    }

    @Test
    void aLateJurorIsRemindedAndTheAdministratorHandsTheScoringToAnotherJuror() {
        CompetitionForm form = form();
        form.setJurors(List.of("juri1", "juri2"));
        List<Entry> list = new ArrayList<>();
        toScoring(form, list, "opd1");
        Entry entry = list.get(0);
        Task late = tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskAssignee("juri2").singleResult();
        Job due = management.createJobQuery().processInstanceId(entry.getProcessInstanceId()).timers().singleResult();
        management.executeJob(due.getId());
        management.createJobQuery().processInstanceId(entry.getProcessInstanceId()).executable().list()
                .forEach(j -> management.executeJob(j.getId()));
        assertThat(notifications.countByRecipientAndCode("juri2", "notify.jurorLate")).isPositive();
        assertThat(tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(HANDLE_LATE_JUROR)
                .taskCandidateGroup("admin").count()).isEqualTo(1);

        jury.reassign(late.getId(), "admin", "juri3");
        assertThat(tasks.createTaskQuery().taskId(late.getId()).singleResult().getAssignee()).isEqualTo("juri3");
        scoreAll(entry, 80);
        assertThat(jury.assignmentsOf(entry.getId())).extracting(JuryAssignment::getJuror, JuryAssignment::getStatus)
                .containsExactly(Tuple.tuple("juri1", JuryAssignment.Status.SCORED),
                        Tuple.tuple("juri2", JuryAssignment.Status.REASSIGNED),
                        Tuple.tuple("juri3", JuryAssignment.Status.SCORED));
        assertThat(entries.get(entry.getId()).getTotalScore()).isEqualByComparingTo("80.00");

        // the follow-up does not pile up: with nobody late any more, the administrator closes it
        String followUp = task(entry.getProcessInstanceId(), HANDLE_LATE_JUROR);
        lateJurors.followUp(followUp, "admin", new LateJurorForm(LateJurorAction.CLOSE, Map.of(), null));
        assertThat(tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(HANDLE_LATE_JUROR)
                .count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(entry.getProcessInstanceId())
                .activityId(LATE_JUROR_HANDLED).count()).isOne();
    }

    @Test
    void anOutlierIsAskedToRevisitAndTheRoundWaitsForTheRevision() {
        List<Entry> list = new ArrayList<>();
        Competition competition = toScoring(form(), list, "opd1");
        Entry entry = list.get(0);
        Competition loaded = competitions.get(competition.getId());
        for (Task t : tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(SCORE_ENTRY).list()) {
            int value = t.getAssignee().equals("juri3") ? 40 : 85;
            ScoreForm f = new ScoreForm();
            loaded.getCriteria().forEach(cr -> f.getScores().add(new ScoreForm.Row(cr.getId(), BigDecimal.valueOf(value), null)));
            jury.score(t.getId(), t.getAssignee(), f);
        }
        assertThat(jury.spread(entry.getId()).outliers()).containsExactly("juri3");
        jury.requestRevisit(entry.getId(), "juri3", "Mohon periksa kembali kriteria manfaat");
        assertThatThrownBy(() -> jury.closeScoringRound(task(competition.getProcessInstanceId(), CLOSE_SCORING_ROUND), "admin"))
                .isInstanceOf(InvalidInputException.class);
        ScoreForm revised = new ScoreForm();
        loaded.getCriteria().forEach(cr -> revised.getScores().add(new ScoreForm.Row(cr.getId(), BigDecimal.valueOf(80), "ditinjau ulang")));
        jury.revise(entry.getId(), "juri3", revised);
        assertThat(entries.get(entry.getId()).getTotalScore()).isEqualByComparingTo("83.33");
        jury.closeScoringRound(task(competition.getProcessInstanceId(), CLOSE_SCORING_ROUND), "admin");
    }

    @Test
    void aTieTheRuleCannotBreakWaitsForTheAdministratorsOrder() {
        List<Entry> list = new ArrayList<>();
        Competition competition = toScoring(form(), list, "opd1", "opd3");
        list.forEach(e -> scoreAll(e, 75));
        jury.closeScoringRound(task(competition.getProcessInstanceId(), CLOSE_SCORING_ROUND), "admin");
        String resolve = task(competition.getProcessInstanceId(), RESOLVE_TIE);
        assertThatThrownBy(() -> results.resolveTie(resolve, "admin", List.of(list.get(1).getId())))
                .isInstanceOf(InvalidInputException.class);
        results.resolveTie(resolve, "admin", List.of(list.get(1).getId(), list.get(0).getId()));
        assertThat(entries.get(list.get(1).getId()).getRank()).isEqualTo(1);
        assertThat(entries.get(list.get(0).getId()).getRank()).isEqualTo(2);
        assertThat(task(competition.getProcessInstanceId(), HOLD_PRESENTATIONS)).isNotNull();
    }
}
