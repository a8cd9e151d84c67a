package id.kawal.web;

import static id.kawal.actionplan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.certificate.CertificateRepository;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.Role;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A task offered to a group ("Terbitkan STTPP", candidate group admin): looking at it never takes
 * it, acting takes it in the step's own transaction, and of two administrators the first wins and
 * the second gets a conflict, never an error.
 */
@KawalIntegrationTest
class TaskClaimTest {

    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired CertificateRepository certificates;

    /** A fresh plan that passed its seminar: its "Terbitkan STTPP" waits for any administrator. */
    private ActionPlan graduate() {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        plans.score(plan, "85", "88", "86");
        return plan;
    }

    private String assigneeOf(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private int certificatesOf(ActionPlan plan) {
        return certificates.findBySubjectTypeAndSubjectIdIn(DocumentOwner.ACTION_PLAN.name(), List.of(plan.getId())).size();
    }

    @Test
    void viewingTheTaskPageAndTheApiLeavesAGroupTaskUnassigned() throws Exception {
        ActionPlan plan = graduate();
        String task = plans.task(plan, ISSUE_CERTIFICATE);

        mvc.perform(get("/tasks/{id}", task).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"claim-submit\"")));
        mvc.perform(get("/").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/api/me/tasks").param("size", "100").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/action-plans/{id}", plan.getId()).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openTasks[0].taskId").value(task));

        assertThat(assigneeOf(task)).isNull();
    }

    @Test
    void twoAdministratorsOpenTheSameSttppTheFirstIssuesAndTheSecondGetsAConflict() throws Exception {
        ActionPlan plan = graduate();
        String task = plans.task(plan, ISSUE_CERTIFICATE);
        String second = plans.newUser("admin", Role.ADMIN);

        for (String admin : List.of("admin", second)) {
            mvc.perform(get("/tasks/{id}", task).with(user(admin).roles("ADMIN"))).andExpect(status().isOk());
        }
        mvc.perform(post("/tasks/{id}/issue", task).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.getId()));
        mvc.perform(post("/tasks/{id}/issue", task).with(user(second).roles("ADMIN")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Tugas ini sudah diselesaikan sebelumnya")));

        assertThat(certificatesOf(plan)).isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task).singleResult().getAssignee())
                .as("the history says who issued it").isEqualTo("admin");
    }

    @Test
    void twoAdministratorsIssuingAtTheSameMomentGetOneCertificateAndOneConflict() throws Exception {
        ActionPlan plan = graduate();
        String task = plans.task(plan, ISSUE_CERTIFICATE);
        String second = plans.newUser("admin", Role.ADMIN);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String[] admin : List.of(new String[] {"admin", "demo"}, new String[] {second, "rahasia-123"})) {
                Callable<Integer> issue = () -> {
                    start.await();
                    return mvc.perform(post("/api/tasks/{id}/certificate", task).with(httpBasic(admin[0], admin[1])))
                            .andReturn().getResponse().getStatus();
                };
                statuses.add(pool.submit(issue));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(certificatesOf(plan)).isEqualTo(1);
    }

    @Test
    void takingATaskShowsWhoHoldsItAndTakesItOutOfTheOtherAdministratorsReach() throws Exception {
        ActionPlan plan = graduate();
        String task = plans.task(plan, ISSUE_CERTIFICATE);
        String holder = plans.newUser("admin", Role.ADMIN);

        mvc.perform(post("/tasks/{id}/claim", task).with(user(holder).roles("ADMIN")))
                .andExpect(status().isForbidden());
        assertThat(assigneeOf(task)).as("no CSRF token, nothing taken").isNull();

        mvc.perform(post("/tasks/{id}/claim", task).with(user(holder).roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + task))
                .andExpect(flash().attribute("message", "flash.taskClaimed"));
        assertThat(assigneeOf(task)).isEqualTo(holder);

        mvc.perform(get("/tasks/{id}", task).with(user(holder).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-holder\"")))
                .andExpect(content().string(containsString("Pengguna Uji " + holder)))
                .andExpect(content().string(not(containsString("id=\"claim-submit\""))));
        mvc.perform(get("/api/me/tasks").param("size", "100").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(task))));
        mvc.perform(get("/api/me/tasks").param("size", "100").with(httpBasic(holder, "rahasia-123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(task)));
        mvc.perform(get("/tasks/{id}", task).with(user("admin").roles("ADMIN")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Tugas ini sudah diambil oleh anggota kelompok lain")));
        mvc.perform(post("/api/tasks/{id}/certificate", task).with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(certificatesOf(plan)).isZero();

        mvc.perform(post("/api/tasks/{id}/certificate", task).with(httpBasic(holder, "rahasia-123")))
                .andExpect(status().isOk());
        assertThat(certificatesOf(plan)).isEqualTo(1);
    }

    @Test
    void theClaimApiTakesATaskOnceAndAnswersAConflictToTheNextAdministrator() throws Exception {
        ActionPlan plan = graduate();
        String task = plans.task(plan, ISSUE_CERTIFICATE);
        String holder = plans.newUser("admin", Role.ADMIN);

        mvc.perform(post("/api/tasks/{id}/claim", task).with(httpBasic(holder, "rahasia-123")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/{id}/claim", task).with(httpBasic(holder, "rahasia-123")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/{id}/claim", task).with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(post("/api/tasks/{id}/claim", task).with(httpBasic(plan.getParticipant(), "rahasia-123")))
                .andExpect(status().isForbidden());
        assertThat(assigneeOf(task)).isEqualTo(holder);
    }

    @Test
    void aPersonalTaskIsNeitherOfferedForTakingNorTakenByViewing() throws Exception {
        ActionPlan plan = plans.enrol();
        String task = plans.task(plan, DRAFT_PROPOSAL);
        mvc.perform(get("/tasks/{id}", task).with(user(plan.getParticipant()).roles("PARTICIPANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"claim"))));
        assertThat(assigneeOf(task)).isEqualTo(plan.getParticipant());
    }
}
