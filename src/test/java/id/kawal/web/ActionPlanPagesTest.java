package id.kawal.web;

import static id.kawal.actionplan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.actionplan.CohortRepository;
import id.kawal.actionplan.ReviewForm;
import id.kawal.actionplan.Stage;
import id.kawal.identity.Role;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: forms with their messages next to the fields, CSRF, language, and the inbox. */
@KawalIntegrationTest
class ActionPlanPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired CohortRepository cohorts;
    @Autowired ActionPlanWorkflow workflow;

    @Test
    void theHomePageListsTheParticipantsTaskWithItsDueDate() throws Exception {
        ActionPlan plan = plans.enrol();
        mvc.perform(get("/").with(user(plan.getParticipant()).roles("PARTICIPANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-task=\"draft-proposal\"")))
                .andExpect(content().string(containsString("Susun proposal Aksi Perubahan")));
    }

    @Test
    void theHomePageShowsOnePageOfTasksAndOfPlansWithTheTotalsAndLinksToTheOtherPages() throws Exception {
        String mentor = plans.newUser("mentor", Role.MENTOR);
        for (int i = 0; i < 22; i++) {
            plans.submitProposal(plans.enrol(mentor), 1);
        }
        String first = mvc.perform(get("/").with(user(mentor).roles("MENTOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"inbox-total\">22<")))
                .andExpect(content().string(containsString("Halaman 1 dari 2")))
                .andExpect(content().string(containsString("href=\"/?tasksPage=1&amp;competitionTasksPage=0&amp;handoverTasksPage=0&amp;plansPage=0&amp;checkTasksPage=0\"")))
                .andExpect(content().string(not(containsString("rel=\"prev\""))))
                .andExpect(content().string(containsString("id=\"plans-total\">22<")))
                .andExpect(content().string(containsString("href=\"/?tasksPage=0&amp;competitionTasksPage=0&amp;handoverTasksPage=0&amp;plansPage=1&amp;checkTasksPage=0\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("data-task=\"review-proposal-mentor\"", -1)).hasSize(21);
        assertThat(first.split("href=\"/plans/", -1)).as("one page of the plans mentored").hasSize(21);

        String second = mvc.perform(get("/").param("tasksPage", "1").param("lang", "en").with(user(mentor).roles("MENTOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 of 2")))
                .andExpect(content().string(containsString("Previous")))
                .andExpect(content().string(containsString("href=\"/?tasksPage=0&amp;competitionTasksPage=0&amp;handoverTasksPage=0&amp;plansPage=0&amp;checkTasksPage=0\"")))
                .andExpect(content().string(not(containsString("tasksPage=2"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(second.split("data-task=\"review-proposal-mentor\"", -1)).hasSize(3);
        String plansSecond = mvc.perform(get("/").param("plansPage", "1").with(user(mentor).roles("MENTOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(plansSecond.split("href=\"/plans/", -1)).hasSize(3);

        mvc.perform(get("/").param("tasksPage", "-1").with(user(mentor).roles("MENTOR")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEmptyProposalComesBackWithAMessageNextToEachFieldAndNothingIsCompleted() throws Exception {
        ActionPlan plan = plans.enrol();
        String task = plans.task(plan, DRAFT_PROPOSAL);
        mvc.perform(multipart("/tasks/{id}/proposal", task).param("title", "Judul yang sudah diketik")
                        .with(user(plan.getParticipant()).roles("PARTICIPANT")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi")))
                .andExpect(content().string(containsString("Isi minimal satu tonggak capaian")))
                .andExpect(content().string(containsString("value=\"Judul yang sudah diketik\"")));
        assertThat(plans.task(plan, DRAFT_PROPOSAL)).isEqualTo(task);
    }

    @Test
    void aValidProposalRedirectsToTheJourneyWithAFlashMessage() throws Exception {
        ActionPlan plan = plans.enrol();
        mvc.perform(multipart("/tasks/{id}/proposal", plans.task(plan, DRAFT_PROPOSAL))
                        .file(Plans.pdf("proposal.pdf"))
                        .param("title", "SIAP KAWAL").param("problemStatement", "p").param("objectives", "o")
                        .param("milestones[0].title", "Tonggak").param("milestones[0].dueDate", LocalDate.now().plusDays(5).toString())
                        .with(user(plan.getParticipant()).roles("PARTICIPANT")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.getId()))
                .andExpect(flash().attribute("message", "flash.taskDone"));
        assertThat(plans.reload(plan).getTitle()).isEqualTo("SIAP KAWAL");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        ActionPlan plan = plans.enrol();
        mvc.perform(post("/tasks/{id}/proposal", plans.task(plan, DRAFT_PROPOSAL)).param("title", "x")
                        .with(user(plan.getParticipant()).roles("PARTICIPANT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReviewerWhoSendsBackWithoutACommentIsToldToWriteOne() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.submitProposal(plan, 1);
        mvc.perform(post("/tasks/{id}/review", plans.task(plan, REVIEW_PROPOSAL_MENTOR)).param("decision", "REVISE")
                        .with(user("mentor").roles("MENTOR")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tulis catatan perbaikan bila mengembalikan")));
    }

    @Test
    void anotherMentorCannotOpenTheTask() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.submitProposal(plan, 1);
        mvc.perform(get("/tasks/{id}", plans.task(plan, REVIEW_PROPOSAL_MENTOR)).with(user("mentor2").roles("MENTOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCompletedTaskOpenedAgainSaysItIsAlreadyDone() throws Exception {
        ActionPlan plan = plans.enrol();
        String task = plans.task(plan, DRAFT_PROPOSAL);
        plans.submitProposal(plan, 1);
        mvc.perform(get("/tasks/{id}", task).with(user(plan.getParticipant()).roles("PARTICIPANT")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Tugas ini sudah diselesaikan sebelumnya")));
    }

    @Test
    void aReviewSentAfterSomeoneElseFinishedItSaysSoAndGivesTheCommentBack() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.submitProposal(plan, 1);
        String task = plans.task(plan, REVIEW_PROPOSAL_MENTOR);
        plans.approve(plan, REVIEW_PROPOSAL_MENTOR, "mentor");
        mvc.perform(post("/tasks/{id}/review", task).with(user("mentor").roles("MENTOR")).with(csrf())
                        .param("decision", "REVISE").param("comment", "Tambahkan data antrean <b>Januari</b>"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Tugas ini sudah diselesaikan sebelumnya")))
                .andExpect(content().string(containsString("id=\"kept-text\"")))
                .andExpect(content().string(containsString("Tambahkan data antrean &lt;b&gt;Januari&lt;/b&gt;")));
    }

    @Test
    void theJourneyNamesWhoIsAwaitedAndLinksOnlyTheViewersOwnTask() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.submitProposal(plan, 1);
        String mentorTask = plans.task(plan, REVIEW_PROPOSAL_MENTOR);
        String coachTask = plans.task(plan, REVIEW_PROPOSAL_COACH);
        mvc.perform(get("/plans/{id}", plan.getId()).with(user("coach").roles("COACH")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/tasks/" + coachTask + "\"")))
                .andExpect(content().string(not(containsString("/tasks/" + mentorTask))))
                .andExpect(content().string(containsString("menunggu")));
        mvc.perform(get("/plans/{id}", plan.getId()).with(user(plan.getParticipant()).roles("PARTICIPANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/tasks/" + mentorTask))))
                .andExpect(content().string(not(containsString("/tasks/" + coachTask))));
    }

    @Test
    void theJourneyShowsEveryStageAndWhereThePlanStands() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        mvc.perform(get("/plans/{id}", plan.getId()).with(user(plan.getParticipant()).roles("PARTICIPANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-stage=\"PROPOSAL\"")))
                .andExpect(content().string(containsString("data-stage=\"GRADUATED\"")))
                .andExpect(content().string(containsString("<strong>Uji coba</strong>")));
        assertThat(plans.reload(plan).getStage()).isEqualTo(Stage.TRIAL);
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Log in")))
                .andExpect(content().string(not(containsString("Kata sandi"))));
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Kata sandi")));
    }

    @Test
    void theAdministratorEnrolsOneParticipantWithMessagesNextToBadFields() throws Exception {
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        mvc.perform(post("/admin/cohorts/{id}/enrolments", cohort).param("nip", "19790512200604100X")
                        .param("fullName", "").param("username", "Bad Name")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIP harus 18 digit angka")))
                .andExpect(content().string(containsString("Gunakan 3")));
        var form = Plans.enrolment("halaman1");
        mvc.perform(post("/admin/cohorts/{id}/enrolments", cohort).param("nip", form.getNip())
                        .param("fullName", "Peserta Halaman").param("position", "Kabid").param("agency", "Dinas")
                        .param("username", "halaman1").param("initialPassword", "rahasia-1234")
                        .param("mentor", "mentor").param("coach", "coach").param("examiner", "penguji")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/cohorts/" + cohort));
        mvc.perform(get("/admin/cohorts/{id}", cohort).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("Peserta Halaman")));
    }

    @Test
    void aCsvWithABadRowShowsTheLineAndTheProblem() throws Exception {
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        String csv = "nip,full_name,position,agency,username,initial_password,mentor,coach,examiner\n"
                + "1,Dua,Kabid,Dinas B,halamancsv,rahasia-1234,mentor,coach,penguji\n";
        mvc.perform(multipart("/admin/cohorts/{id}/enrolments/csv", cohort)
                        .file(new MockMultipartFile("file", "p.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"csv-errors\"")))
                .andExpect(content().string(containsString("NIP harus 18 digit angka")));
    }

    @Test
    void aReviewerSeesTheVersionSentBackBesideTheResubmittedOneWithFileVersions() throws Exception {
        ActionPlan plan = plans.enrol();
        var first = Plans.proposal(1);
        first.setTitle("Judul pertama");
        workflow.submitProposal(plans.task(plan, DRAFT_PROPOSAL), plan.getParticipant(), first, List.of(Plans.pdf("rancangan.pdf")));
        workflow.review(plans.task(plan, REVIEW_PROPOSAL_MENTOR), "mentor",
                new ReviewForm(ReviewForm.Decision.REVISE, "Perjelas judul"));
        plans.approve(plan, REVIEW_PROPOSAL_COACH, "coach");
        var second = Plans.proposal(1);
        second.setTitle("Judul kedua yang lebih jelas");
        workflow.submitProposal(plans.task(plan, DRAFT_PROPOSAL), plan.getParticipant(), second, List.of(Plans.pdf("rancangan.pdf")));

        mvc.perform(get("/tasks/{id}", plans.task(plan, REVIEW_PROPOSAL_MENTOR)).with(user("mentor").roles("MENTOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comparison\"")))
                .andExpect(content().string(containsString("Judul: Judul pertama")))
                .andExpect(content().string(containsString("Judul: Judul kedua yang lebih jelas")))
                .andExpect(content().string(containsString(">v2<")))
                .andExpect(content().string(containsString("versi lama")));
    }
}
