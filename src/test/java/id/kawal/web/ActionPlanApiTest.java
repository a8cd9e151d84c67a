package id.kawal.web;

import static id.kawal.actionplan.ActionPlanProcess.*;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanCertificates;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.CohortRepository;
import id.kawal.actionplan.Stage;
import id.kawal.certificate.CertificateService;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.Role;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API: the same steps as the pages, RFC 7807 problems for every error, nothing lost. */
@KawalIntegrationTest
class ActionPlanApiTest {

    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired ActionPlanRepository planRepository;
    @Autowired CohortRepository cohorts;
    @Autowired CertificateService certificates;

    @Test
    void aParticipantSubmitsTheProposalAndTheMentorSeesTheReview() throws Exception {
        String mentor = plans.newUser("mentor", Role.MENTOR);
        ActionPlan plan = plans.enrol(mentor);
        String task = plans.task(plan, DRAFT_PROPOSAL);
        mvc.perform(post("/api/tasks/{id}/proposal", task).with(httpBasic(plan.getParticipant(), "rahasia-123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"PUSAT PENA","problemStatement":"lambat","objectives":"cepat",
                                 "milestones":[{"title":"Armada","dueDate":"%s"}]}""".formatted(LocalDate.now().plusDays(10))))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me/tasks").with(httpBasic(mentor, "rahasia-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.actionPlanId == %d)].taskKey".formatted(plan.getId())).value(hasItem(REVIEW_PROPOSAL_MENTOR)));
        mvc.perform(get("/api/action-plans/{id}", plan.getId()).with(httpBasic(plan.getParticipant(), "rahasia-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("PUSAT PENA"))
                .andExpect(jsonPath("$.milestones[0].title").value("Armada"));
    }

    @Test
    void myTasksComeOnePageAtATimeWithTheTotalCount() throws Exception {
        String mentor = plans.newUser("mentor", Role.MENTOR);
        for (int i = 0; i < 3; i++) {
            plans.submitProposal(plans.enrol(mentor), 1);
        }
        mvc.perform(get("/api/me/tasks").param("page", "0").param("size", "2").with(httpBasic(mentor, "rahasia-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/me/tasks").param("page", "1").param("size", "2").with(httpBasic(mentor, "rahasia-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].taskKey").value(REVIEW_PROPOSAL_MENTOR))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/me/tasks").with(httpBasic(mentor, "rahasia-123")))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items.length()").value(3));
    }

    @Test
    void aPageSizeOverAHundredOrANegativePageIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/me/tasks").param("size", "1000").with(httpBasic("peserta1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.size").value("Ukuran halaman harus antara 1 dan 100"));
        mvc.perform(get("/api/me/tasks").param("page", "-1").with(httpBasic("peserta1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("page")));
        mvc.perform(get("/api/me/tasks").param("size", "many").with(httpBasic("peserta1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aProposalWithMissingFieldsIsAProblemNamingEachFieldAndChangesNothing() throws Exception {
        ActionPlan plan = plans.enrol();
        String task = plans.task(plan, DRAFT_PROPOSAL);
        mvc.perform(post("/api/tasks/{id}/proposal", task).with(httpBasic(plan.getParticipant(), "rahasia-123"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasKey("title")))
                .andExpect(jsonPath("$.errors", hasKey("problemStatement")));
        mvc.perform(post("/api/tasks/{id}/proposal", task).with(httpBasic(plan.getParticipant(), "rahasia-123"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\",\"problemStatement\":\"p\",\"objectives\":\"o\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("milestones")));
        Assertions.assertThat(plans.task(plan, DRAFT_PROPOSAL)).isEqualTo(task);
    }

    @Test
    void completingSomeoneElsesTaskIsForbidden() throws Exception {
        ActionPlan plan = plans.enrol();
        mvc.perform(post("/api/tasks/{id}/proposal", plans.task(plan, DRAFT_PROPOSAL)).with(httpBasic("peserta1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"problemStatement\":\"p\",\"objectives\":\"o\",\"milestones\":[{\"title\":\"m\",\"dueDate\":\"2099-01-01\"}]}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void completingATaskTwiceIsAConflict() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.submitProposal(plan, 1);
        String review = plans.task(plan, REVIEW_PROPOSAL_MENTOR);
        String approve = "{\"decision\":\"APPROVE\"}";
        mvc.perform(post("/api/tasks/{id}/review", review).with(httpBasic("mentor", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(approve)).andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/{id}/review", review).with(httpBasic("mentor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(approve))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void sendingBackWithoutACommentIsRefused() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.submitProposal(plan, 1);
        mvc.perform(post("/api/tasks/{id}/review", plans.task(plan, REVIEW_PROPOSAL_MENTOR)).with(httpBasic("mentor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REVISE\",\"comment\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("commentGivenWhenRevising")));
    }

    @Test
    void aSeminarScoreOutsideZeroToHundredIsRefused() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        mvc.perform(post("/api/tasks/{id}/seminar-score", plans.task(plan, SCORE_SEMINAR_EXAMINER)).with(httpBasic("penguji", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":101}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("score")));
    }

    @Test
    void aMilestoneReportWithAFakePdfIsRefusedByContent() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        byte[] exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        mvc.perform(multipart("/api/tasks/{id}/milestone-report", plans.task(plan, REPORT_MILESTONE))
                        .file(new MockMultipartFile("files", "bukti.pdf", "application/pdf", exe))
                        .param("text", "done").with(httpBasic(plan.getParticipant(), "rahasia-123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.files", containsString("bukti.pdf")));
        mvc.perform(multipart("/api/tasks/{id}/milestone-report", plans.task(plan, REPORT_MILESTONE))
                        .file(Plans.pdf("bukti.pdf")).param("text", "done").with(httpBasic(plan.getParticipant(), "rahasia-123")))
                .andExpect(status().isNoContent());
    }

    @Test
    void enrolmentWithAnInvalidNipNamesTheNipField() throws Exception {
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        mvc.perform(post("/api/cohorts/{id}/enrolments", cohort).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nip":"12345","fullName":"A","position":"B","agency":"C","username":"nipsalah",
                                 "initialPassword":"rahasia-1234","mentor":"mentor","coach":"coach","examiner":"penguji"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nip").value("NIP harus 18 digit angka"));
    }

    @Test
    void aCsvWithBadRowsReportsEveryBadRowAndEnrolsNobodyUnlessAskedToSkipThem() throws Exception {
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        String good1 = Plans.freshNip();
        String good2 = Plans.freshNip();
        String csv = "nip,full_name,position,agency,username,initial_password,mentor,coach,examiner\n"
                + good1 + ",Satu,Kabid,Dinas A,csvsatu,rahasia-1234,mentor,coach,penguji\n"
                + "123,Dua,Kabid,Dinas B,csvdua,rahasia-1234,mentor,coach,penguji\n"
                + good2 + ",Tiga,Kabid,Dinas C,csvtiga,rahasia-1234,nobody,coach,penguji\n"
                + Plans.freshNip() + ",Empat,Kabid,Dinas D,csvempat,rahasia-1234,mentor,coach,penguji\n";
        MockMultipartFile file = new MockMultipartFile("file", "peserta.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/cohorts/{id}/enrolments/csv", cohort).file(file).with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.enrolled").isEmpty())
                .andExpect(jsonPath("$.errors[*].line").value(Matchers.containsInAnyOrder(3, 4)))
                .andExpect(jsonPath("$.errors[?(@.line == 3)].field").value(hasItem("nip")))
                .andExpect(jsonPath("$.errors[?(@.line == 4)].field").value(hasItem("mentor")));
        Assertions.assertThat(planRepository.findByParticipantOrderByIdDesc("csvsatu")).isEmpty();

        mvc.perform(multipart("/api/cohorts/{id}/enrolments/csv", cohort).file(file).param("skipBadRows", "true")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enrolled[*].username").value(Matchers.containsInAnyOrder("csvsatu", "csvempat")))
                .andExpect(jsonPath("$.errors.length()").value(2));
        Assertions.assertThat(planRepository.findByParticipantOrderByIdDesc("csvsatu"))
                .extracting(ActionPlan::getStage).containsExactly(Stage.PROPOSAL);
    }

    @Test
    void theOpenApiDocumentListsTheActionPlanApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/tasks/{taskId}/proposal")))
                .andExpect(jsonPath("$.paths", hasKey("/api/cohorts/{id}/enrolments/csv")))
                .andExpect(jsonPath("$.paths", hasKey("/api/me/tasks")))
                .andExpect(jsonPath("$.paths['/api/me/tasks'].get.parameters[*].name", containsInAnyOrder("page", "size")))
                .andExpect(jsonPath("$.paths['/api/me/tasks'].get.parameters[?(@.name == 'size')].schema.maximum", hasItem(100)))
                .andExpect(jsonPath("$.paths", hasKey("/api/tasks/{taskId}/claim")));
    }

    @Test
    void theApiExplorerAndTheStyleSheetAreServedWithoutTheResourceChain() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
        mvc.perform(get("/css/kawal.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
    }

    @Test
    void thePublicVerificationSaysWhoseAGenuineCertificateIs() throws Exception {
        ActionPlan graduate = planRepository.findByParticipantOrderByIdDesc("peserta1").get(0);
        String serial = certificates.forSubject(ActionPlanCertificates.STTPP, DocumentOwner.ACTION_PLAN.name(), graduate.getId()).orElseThrow().getSerial();
        mvc.perform(get("/api/public/verify/{serial}", serial))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.genuine").value(true))
                .andExpect(jsonPath("$.holderName").value("Tubagus M. Sadaruddin"))
                .andExpect(jsonPath("$.holderNip").value("1979**********1009"));
        mvc.perform(get("/verify/{serial}", serial))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tubagus M. Sadaruddin")));
    }

    @Test
    void reportsAndBulkIssuanceAreInTheApiToo() throws Exception {
        ActionPlan graduate = planRepository.findByParticipantOrderByIdDesc("peserta1").get(0);
        mvc.perform(get("/api/action-plans/{id}/report.pdf", graduate.getId()).with(httpBasic("peserta1", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/api/action-plans/{id}/audit.pdf", graduate.getId()).with(httpBasic("peserta2", "demo")))
                .andExpect(status().isForbidden());
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        mvc.perform(get("/api/cohorts/{id}/recap.csv", cohort).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tubagus M. Sadaruddin")));
        mvc.perform(get("/api/cohorts/{id}/recap.pdf", cohort).with(httpBasic("mentor", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths", hasKey("/api/cohorts/{id}/certificates")))
                .andExpect(jsonPath("$.paths", hasKey("/api/competitions/{id}/report.pdf")))
                .andExpect(jsonPath("$.paths", hasKey("/api/certificates/{serial}/revoke")))
                .andExpect(jsonPath("$.paths", hasKey("/api/public/verify")));
    }
}
