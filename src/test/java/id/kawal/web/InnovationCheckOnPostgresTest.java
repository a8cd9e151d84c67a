package id.kawal.web;

import static id.kawal.innovation.check.InnovationCheckProcess.CHECK_PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.identity.Role;
import id.kawal.innovation.CheckOutcome;
import id.kawal.innovation.InnovationCheck;
import id.kawal.innovation.InnovationCheckRepository;
import id.kawal.innovation.check.CheckAnswerForm;
import id.kawal.innovation.check.InnovationCheckTasks;
import id.kawal.innovation.check.InnovationChecks;
import id.kawal.support.KawalPostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/** The yearly check's migration, queries and answer on PostgreSQL: the demo's JEMPOL check, answered by opd1. */
@KawalPostgresIntegrationTest
class InnovationCheckOnPostgresTest {

    @Autowired MockMvc mvc;
    @Autowired InnovationChecks checks;
    @Autowired InnovationCheckRepository rows;
    @Autowired TaskService tasks;
    @Autowired InnovationCheckTasks checkTasks;

    @Test
    void theDemoChecksQuestionIsAnsweredAndCountedOnPostgres() throws Exception {
        int year = checks.currentYear();
        assertThat(checks.summary(year, null).waiting()).isEqualTo(1);
        assertThat(checks.summary(year, "RSUD Bendan").waiting()).isEqualTo(1);
        assertThat(checks.summary(year, "Bappeda").total()).isZero();
        InnovationCheck jempol = checks.page(year, "RSUD Bendan", 0, 20).getContent().get(0);
        assertThat(jempol.getInnovation().getAcronym()).isEqualTo("JEMPOL");
        Task question = tasks.createTaskQuery().processDefinitionKey(CHECK_PROCESS_ID)
                .processInstanceId(jempol.getProcessInstanceId()).singleResult();
        assertThat(tasks.createTaskQuery().taskCandidateUser("opd1").taskId(question.getId()).count()).isOne();
        // the inbox's select of tasks offered by name or by group, on PostgreSQL
        assertThat(checkTasks.inbox("opd1", 0, 20).items()).extracting(InnovationCheckTasks.Item::taskId)
                .containsExactly(question.getId());
        assertThat(checkTasks.inbox("admin", 0, 20).total()).isOne();
        assertThat(checkTasks.inbox("opd3", 0, 20).total()).isZero();

        checks.answer(question.getId(), CheckAnswerForm.running(null, null, "https://rsudbendan.pekalongankota.go.id/"),
                List.of(), new UsernamePasswordAuthenticationToken("opd1", null, new TestingAuthenticationToken("opd1", null,
                        Role.OPD.authority()).getAuthorities()));

        assertThat(checks.summary(year, null).running()).isEqualTo(1);
        assertThat(rows.historyOf(jempol.getInnovationId())).extracting(InnovationCheck::getOutcome)
                .containsExactly(CheckOutcome.BERJALAN);
        mvc.perform(get("/api/innovations/checks").param("year", String.valueOf(year)).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.running").value(1))
                .andExpect(jsonPath("$.items[0].answeredBy").value("opd1"));
    }
}
