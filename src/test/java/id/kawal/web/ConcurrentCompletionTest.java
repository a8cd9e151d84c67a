package id.kawal.web;

import static id.kawal.actionplan.ActionPlanProcess.*;
import static id.kawal.competition.CompetitionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kawal.actionplan.ActionPlan;
import id.kawal.certificate.CertificateRepository;
import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionForm;
import id.kawal.competition.CompetitionService;
import id.kawal.competition.Criterion;
import id.kawal.competition.Entry;
import id.kawal.competition.EntryForm;
import id.kawal.competition.EntryRepository;
import id.kawal.competition.EntryService;
import id.kawal.competition.ScoreRepository;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.Role;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.support.Rounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.multipart.MultipartFile;

/**
 * People acting at the same moment, through the JSON API as their browsers and apps would.
 *
 * <p>Two completions of one task (a double click, two tabs, two administrators): exactly one succeeds and the other
 * gets a 409 problem, never a 5xx, and nothing is saved twice. Different people on their own tasks of one case (mentor
 * and coach on a proposal or final report, the three seminar scores, several jurors on one entry): every one succeeds,
 * first time. Each kind of completion is raced {@value #DEFAULT_ROUNDS} times (system property
 * {@code kawal.concurrency.rounds} to change it).
 */
@KawalIntegrationTest
class ConcurrentCompletionTest {

    static final int DEFAULT_ROUNDS = 50;
    static final String APPROVE = "{\"decision\":\"APPROVE\"}";

    static ExecutorService pool;

    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired CertificateRepository certificates;
    @Autowired CompetitionService competitions;
    @Autowired EntryService entries;
    @Autowired ScoreRepository scores;
    @Autowired Rounds competitionRounds;
    @Autowired EntryRepository entryRepository;

    /** How many times each kind of completion is raced. */
    int rounds() {
        return Integer.getInteger("kawal.concurrency.rounds", DEFAULT_ROUNDS);
    }

    @BeforeAll
    static void threads() {
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stopThreads() {
        pool.shutdownNow();
    }

    /** One request of a race, by someone; a new request each time it is sent (a builder is not for two threads). */
    record Attempt(String who, Supplier<RequestBuilder> request) {
    }

    /** The statuses each person got, all requests let go at the same moment. */
    private Map<String, List<Integer>> race(List<Attempt> attempts) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> responses = new ArrayList<>();
        for (Attempt attempt : attempts) {
            responses.add(pool.submit(() -> {
                start.await();
                return mvc.perform(attempt.request().get()).andReturn().getResponse();
            }));
        }
        start.countDown();
        Map<String, List<Integer>> statuses = new LinkedHashMap<>();
        for (int i = 0; i < attempts.size(); i++) {
            MockHttpServletResponse response = responses.get(i).get(60, TimeUnit.SECONDS);
            assertThat(response.getStatus()).as("%s got %s", attempts.get(i).who(), response.getContentAsString())
                    .isLessThan(500);
            if (response.getStatus() == 409) {
                assertThat(response.getContentType()).as("a 409 is a problem detail").startsWith("application/problem+json");
            }
            statuses.computeIfAbsent(attempts.get(i).who(), k -> new ArrayList<>()).add(response.getStatus());
        }
        return statuses;
    }

    /** Each person sends their request twice at once, everybody at the same moment: each gets one success and one 409. */
    private void eachTwiceAtOnce(int success, Attempt... attempts) throws Exception {
        List<Attempt> doubled = new ArrayList<>();
        for (Attempt attempt : attempts) {
            doubled.add(attempt);
            doubled.add(attempt);
        }
        Map<String, List<Integer>> statuses = race(doubled);
        for (Attempt attempt : attempts) {
            assertThat(statuses.get(attempt.who())).as(attempt.who()).containsExactlyInAnyOrder(success, 409);
        }
    }

    private Attempt json(String who, String password, String path, String taskId, String body) {
        return new Attempt(who, () -> post(path, taskId).with(httpBasic(who, password))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Attempt report(ActionPlan plan, String path, String taskKey, String fileName) {
        String taskId = plans.task(plan, taskKey);
        return new Attempt(plan.getParticipant(), () -> {
            MockMultipartHttpServletRequestBuilder request = multipart(path, taskId);
            if (fileName != null) {
                request.file(Plans.pdf(fileName));
            }
            return request.param("text", "laporan " + taskKey).with(httpBasic(plan.getParticipant(), "rahasia-123"));
        });
    }

    private Attempt review(ActionPlan plan, String who, String taskKey) {
        return json(who, "demo", "/api/tasks/{id}/review", plans.task(plan, taskKey), APPROVE);
    }

    private Attempt seminarScore(ActionPlan plan, String who, String taskKey, int score) {
        return json(who, "demo", "/api/tasks/{id}/seminar-score", plans.task(plan, taskKey), "{\"score\":" + score + "}");
    }

    @Test
    void everyActionPlanStepSentTwiceAtOnceSucceedsOnceAndParallelReviewersAllSucceed() throws Exception {
        String secondAdmin = plans.newUser("admin", Role.ADMIN);
        for (int round = 0; round < rounds(); round++) {
            ActionPlan plan = plans.enrol();
            eachTwiceAtOnce(204, json(plan.getParticipant(), "rahasia-123", "/api/tasks/{id}/proposal",
                    plans.task(plan, DRAFT_PROPOSAL), """
                            {"title":"Inovasi serentak","problemStatement":"lambat","objectives":"cepat",
                             "milestones":[{"title":"Tonggak","dueDate":"%s"}]}""".formatted(LocalDate.now().plusDays(10))));
            eachTwiceAtOnce(204, review(plan, "mentor", REVIEW_PROPOSAL_MENTOR), review(plan, "coach", REVIEW_PROPOSAL_COACH));
            eachTwiceAtOnce(204, report(plan, "/api/tasks/{id}/milestone-report", REPORT_MILESTONE, "bukti.pdf"));
            eachTwiceAtOnce(204, review(plan, "mentor", REVIEW_MILESTONE));
            eachTwiceAtOnce(204, report(plan, "/api/tasks/{id}/evaluation", SUBMIT_EVALUATION, null));
            eachTwiceAtOnce(204, review(plan, "mentor", REVIEW_EVALUATION));
            eachTwiceAtOnce(204, report(plan, "/api/tasks/{id}/final-report", SUBMIT_FINAL_REPORT, "laporan.pdf"));
            eachTwiceAtOnce(204, review(plan, "mentor", REVIEW_FINAL_REPORT_MENTOR),
                    review(plan, "coach", REVIEW_FINAL_REPORT_COACH));
            eachTwiceAtOnce(204, seminarScore(plan, "penguji", SCORE_SEMINAR_EXAMINER, 85),
                    seminarScore(plan, "coach", SCORE_SEMINAR_COACH, 88), seminarScore(plan, "mentor", SCORE_SEMINAR_MENTOR, 86));
            String issue = plans.task(plan, ISSUE_CERTIFICATE);
            Map<String, List<Integer>> issued = race(List.of(
                    new Attempt("admin", () -> post("/api/tasks/{id}/certificate", issue).with(httpBasic("admin", "demo"))),
                    new Attempt(secondAdmin, () -> post("/api/tasks/{id}/certificate", issue)
                            .with(httpBasic(secondAdmin, "rahasia-123")))));
            assertThat(issued.values().stream().flatMap(List::stream)).containsExactlyInAnyOrder(200, 409);

            assertThat(completedOnce(plan.getProcessInstanceId())).as("round %d: each task completed once", round).isTrue();
            ActionPlan done = plans.reload(plan);
            assertThat(done.getPredicate()).isNotNull();
            assertThat(certificates.findBySubjectTypeAndSubjectIdIn(DocumentOwner.ACTION_PLAN.name(), List.of(plan.getId()))).hasSize(1);
            assertThat(done.getEvents()).extracting(e -> e.getKind() + "/" + e.getTaskKey() + "/" + e.getActor())
                    .as("round %d: the history has every step once", round).doesNotHaveDuplicates();
        }
    }

    /** Every task of the case was completed exactly once: no key twice among the finished tasks, none still open. */
    private boolean completedOnce(String processInstanceId) {
        List<HistoricTaskInstance> finished = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .finished().list();
        Map<String, Long> byKey = finished.stream()
                .collect(Collectors.groupingBy(HistoricTaskInstance::getTaskDefinitionKey, Collectors.counting()));
        assertThat(byKey).as("completions by task").allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
        assertThat(byKey).hasSize(14);
        return tasks.createTaskQuery().processInstanceId(processInstanceId).count() == 0;
    }

    // ---- competitions ---------------------------------------------------------------------------------------

    private static final List<String> JURORS = List.of("juri1", "juri2", "juri3");

    private Competition openRound(int entryCount) {
        CompetitionForm form = Rounds.form("Kompetisi serentak", JURORS);
        form.setEntryLimitPerOpd(entryCount);
        return competitionRounds.open(form);
    }

    private void fire(Competition competition, String activity) {
        competitionRounds.fire(competition, activity);
    }

    private String task(String processInstanceId, String key) {
        return competitionRounds.task(processInstanceId, key);
    }

    @Test
    void deskReviewsAndJuryScoresSentTwiceAtOnceSucceedOnceAndJurorsOnOneEntryAllSucceed() throws Exception {
        String secondAdmin = plans.newUser("admin", Role.ADMIN);
        Competition competition = openRound(rounds());
        List<Entry> submitted = new ArrayList<>();
        for (int i = 0; i < rounds(); i++) {
            Map<String, List<MultipartFile>> documents = Map.of("Proposal", List.of(Plans.pdf("p.pdf")));
            submitted.add(entries.submit(competition.getId(), "opd1",
                    new EntryForm("Inovasi serentak " + i, "x", LocalDate.of(2021, 1, 1)), documents));
        }
        fire(competition, SUBMISSION_CLOSES);

        for (Entry entry : submitted) {
            String review = task(entry.getProcessInstanceId(), DESK_REVIEW);
            String body = "{\"decision\":\"" + ELIGIBLE + "\"}";
            Map<String, List<Integer>> decided = race(List.of(
                    json("admin", "demo", "/api/tasks/{id}/desk-review", review, body),
                    json(secondAdmin, "rahasia-123", "/api/tasks/{id}/desk-review", review, body)));
            assertThat(decided.values().stream().flatMap(List::stream)).containsExactlyInAnyOrder(204, 409);
        }
        competitions.finishDeskReview(task(competition.getProcessInstanceId(), FINISH_DESK_REVIEW), "admin");

        List<Criterion> criteria = competitions.get(competition.getId()).getCriteria();
        String scoreBody = criteria.stream().map(c -> "{\"criterionId\":" + c.getId() + ",\"value\":80}")
                .collect(Collectors.joining(",", "{\"scores\":[", "]}"));
        for (Entry entry : submitted) {
            Map<String, String> taskOf = new HashMap<>();
            for (Task t : tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(SCORE_ENTRY).list()) {
                taskOf.put(t.getAssignee(), t.getId());
            }
            assertThat(taskOf).containsOnlyKeys(JURORS);
            eachTwiceAtOnce(204, JURORS.stream().map(juror -> json(juror, "demo", "/api/tasks/{id}/scores", taskOf.get(juror), scoreBody))
                    .toArray(Attempt[]::new));
            assertThat(scores.findByEntryId(entry.getId())).as("one score per juror and criterion")
                    .hasSize(JURORS.size() * criteria.size());
            assertThat(tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(SCORE_ENTRY).count())
                    .isZero();
        }
    }

    @Test
    void anEntrySentTwiceAtOnceIsSavedOnceAndTheSecondIsToldWhy() throws Exception {
        Competition competition = openRound(rounds());
        byte[] proposal = Plans.pdf("p.pdf").getBytes();
        for (int round = 0; round < rounds(); round++) {
            String title = "Inovasi kembar " + round;
            Attempt submit = new Attempt("opd1", () -> multipart("/api/competitions/{id}/entries", competition.getId())
                    .file(new MockMultipartFile("doc0", "proposal.pdf", "application/pdf", proposal))
                    .param("innovationTitle", title).param("summary", "x").param("implementedOn", "2021-01-01")
                    .with(httpBasic("opd1", "demo")));
            List<Integer> statuses = race(List.of(submit, submit)).get("opd1");
            assertThat(statuses).as("round %d", round).contains(201).hasSize(2);
            assertThat(statuses.stream().filter(status -> status != 201))
                    .as("round %d: the second is a conflict, or, when the first had committed, the field error", round)
                    .singleElement().isIn(400, 409);
            assertThat(entryRepository.findByCompetitionIdOrderBySubmittedAtAscIdAsc(competition.getId()))
                    .filteredOn(e -> e.getInnovationTitle().equals(title)).hasSize(1);
        }
    }
}
