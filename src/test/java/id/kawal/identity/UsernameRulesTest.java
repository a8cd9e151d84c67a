package id.kawal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.CohortRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One rule for usernames: what enrolment accepts, the engine stores (dots, hyphens, underscores), and what it
 * refuses is a message next to the field, on the CSV line or in the problem details, never a 500.
 */
@KawalIntegrationTest
class UsernameRulesTest {

    @Autowired MockMvc mvc;
    @Autowired CohortRepository cohorts;
    @Autowired ActionPlanRepository plans;
    @Autowired UserAccountService accounts;

    private Long cohort;

    @BeforeEach
    void demoCohort() {
        cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
    }

    private static MockMultipartFile csv(String... rows) {
        String body = "nip,full_name,position,agency,username,initial_password,mentor,coach,examiner\n"
                + String.join("\n", rows) + "\n";
        return new MockMultipartFile("file", "peserta.csv", "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String username) {
        return Plans.freshNip() + ",Peserta " + username + ",Kabid,Dinas Uji," + username + ",GantiSandi123,mentor,coach,penguji";
    }

    @ParameterizedTest
    @ValueSource(strings = {"form.baru", "form-a-b", "form_a_b"})
    void aUsernameWithADotHyphenOrUnderscoreIsEnrolledByTheForm(String username) throws Exception {
        mvc.perform(post("/admin/cohorts/{id}/enrolments", cohort).param("nip", Plans.freshNip())
                        .param("fullName", "Peserta " + username).param("position", "Kabid").param("agency", "Dinas")
                        .param("username", username).param("initialPassword", "GantiSandi123")
                        .param("mentor", "mentor").param("coach", "coach").param("examiner", "penguji")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/cohorts/" + cohort));
        assertThat(accounts.exists(username)).isTrue();
        assertThat(plans.findByParticipantOrderByIdDesc(username)).hasSize(1);
    }

    @Test
    void theRowOfTheAppsOwnCsvTemplateEnrolsPesertaBaru() throws Exception {
        String template = mvc.perform(get("/admin/cohorts/csv-template").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(template).contains(",peserta.baru,");
        MockMultipartFile file = new MockMultipartFile("file", "enrolment-template.csv", "text/csv",
                template.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/cohorts/{id}/enrolments/csv", cohort).file(file)
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.exists("peserta.baru")).isTrue();
    }

    @Test
    void hyphensAndUnderscoresAreEnrolledFromACsv() throws Exception {
        mvc.perform(multipart("/admin/cohorts/{id}/enrolments/csv", cohort).file(csv(row("csv-a-b"), row("csv_a_b")))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.exists("csv-a-b")).isTrue();
        assertThat(accounts.exists("csv_a_b")).isTrue();
    }

    @Test
    void aUsernameWithASpaceIsAMessageNextToTheField() throws Exception {
        mvc.perform(post("/admin/cohorts/{id}/enrolments", cohort).param("nip", Plans.freshNip())
                        .param("fullName", "Peserta").param("position", "Kabid").param("agency", "Dinas")
                        .param("username", "a b").param("initialPassword", "GantiSandi123")
                        .param("mentor", "mentor").param("coach", "coach").param("examiner", "penguji")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gunakan 3")));
        assertThat(accounts.exists("a b")).isFalse();
    }

    @Test
    void aUsernameWithASlashIsAnErrorOnItsCsvLine() throws Exception {
        mvc.perform(multipart("/admin/cohorts/{id}/enrolments/csv", cohort).file(csv(row("x/y")))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"csv-errors\"")))
                .andExpect(content().string(containsString("<td>2</td><td>username</td>")));
        assertThat(accounts.exists("x/y")).isFalse();
    }

    @Test
    void aUsernameWithASlashIsA400ProblemInTheApi() throws Exception {
        mvc.perform(post("/api/cohorts/{id}/enrolments", cohort).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + Plans.freshNip() + "\",\"fullName\":\"A\",\"position\":\"B\",\"agency\":\"C\","
                                + "\"username\":\"x/y\",\"initialPassword\":\"GantiSandi123\",\"mentor\":\"mentor\","
                                + "\"coach\":\"coach\",\"examiner\":\"penguji\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username", containsString("Gunakan 3")));
    }

    @Test
    void theEngineStoresWhatTheRuleAcceptsAndNothingElse() {
        assertThat(Usernames.isValid("peserta.baru")).isTrue();
        assertThat(Usernames.isValid("a-b")).isTrue();
        assertThat(Usernames.isValid("a_b")).isTrue();
        assertThat(Usernames.isValid("a b")).isFalse();
        assertThat(Usernames.isValid("x/y")).isFalse();
        assertThat(Usernames.isValid("x".repeat(65))).isFalse();
    }
}
