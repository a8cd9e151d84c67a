package id.kawal.document;

import static id.kawal.actionplan.ActionPlanProcess.DRAFT_PROPOSAL;
import static id.kawal.actionplan.ActionPlanProcess.REPORT_MILESTONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A file input left empty is no file; an empty file the user chose is refused with a message, never dropped. */
@KawalIntegrationTest
class EmptyFilesTest {

    @Autowired Plans plans;
    @Autowired DocumentService documents;
    @Autowired MockMvc mvc;

    private static MockMultipartFile emptyFile(String name) {
        return new MockMultipartFile("files", name, "application/octet-stream", new byte[0]);
    }

    private MockMultipartHttpServletRequestBuilder proposal(ActionPlan plan, MockMultipartFile file) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tasks/{id}/proposal", plans.task(plan, DRAFT_PROPOSAL))
                .file(file).param("title", "SIAP KAWAL").param("problemStatement", "p").param("objectives", "o")
                .param("milestones[0].title", "Tonggak").param("milestones[0].dueDate", LocalDate.now().plusDays(5).toString())
                .with(user(plan.getParticipant()).roles("PARTICIPANT")).with(csrf());
    }

    @Test
    void anEmptyFileWithANameIsRefusedOnThePageWhileAnInputLeftEmptyIsNoFile() throws Exception {
        ActionPlan plan = plans.enrol();
        String task = plans.task(plan, DRAFT_PROPOSAL);

        mvc.perform(proposal(plan, emptyFile("proposal.pdf")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Berkas proposal.pdf kosong (0 byte)")));
        assertThat(plans.task(plan, DRAFT_PROPOSAL)).isEqualTo(task);

        mvc.perform(proposal(plan, emptyFile("")))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.ofActionPlan(plan.getId())).isEmpty();
    }

    @Test
    void anEmptyFileWithANameIsAProblemInTheApi() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        mvc.perform(multipart("/api/tasks/{id}/milestone-report", plans.task(plan, REPORT_MILESTONE))
                        .file(emptyFile("bukti.pdf")).param("text", "done")
                        .with(user(plan.getParticipant()).roles("PARTICIPANT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.files").value("Berkas bukti.pdf kosong (0 byte); pilih berkas yang berisi"));
    }
}
