package id.kawal.certificate;

import static id.kawal.actionplan.ActionPlanProcess.ISSUE_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.CohortRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The QR code's address comes from kawal.base-url (http://localhost:8080 in these tests, as by default): administrators
 * are warned, and in the prod profile nothing is issued while it is local.
 */
@KawalIntegrationTest
class BaseUrlTest {

    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired CohortRepository cohorts;
    @Autowired ConfigurableEnvironment environment;

    private String[] profilesBefore;

    /** The shared test application, briefly in the prod profile (only CertificateAddress reads it, at each call). */
    private void inProduction() {
        profilesBefore = environment.getActiveProfiles();
        environment.addActiveProfile("prod");
    }

    @AfterEach
    void backFromProduction() {
        if (profilesBefore != null) {
            environment.setActiveProfiles(profilesBefore);
        }
    }

    private ActionPlan graduate() {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        plans.score(plan, "90", "90", "90");
        return plan;
    }

    @Test
    void administratorsAreWarnedOnTheirHomePageThatTheBaseUrlIsLocal() throws Exception {
        mvc.perform(get("/").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-problem=\"LOCAL\"")))
                .andExpect(content().string(containsString("kawal.base-url masih http://localhost:8080")));
        mvc.perform(get("/").with(user("mentor").roles("MENTOR")))
                .andExpect(content().string(not(containsString("base-url-warning"))));
    }

    static final String REFUSAL = "kawal.base-url masih menunjuk ke localhost";

    /** The API answers 409 with a problem detail, the page 409 with the message, both in Indonesian. */
    private void assertRefusedInApiAndPage(String apiPath, String pagePath, Object id) throws Exception {
        mvc.perform(post(apiPath, id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(REFUSAL)));
        mvc.perform(post(pagePath, id).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(REFUSAL)));
    }

    @Test
    void inProductionACertificateIsNotIssuedWhileTheBaseUrlIsLocal() throws Exception {
        ActionPlan plan = graduate();
        String task = plans.task(plan, ISSUE_CERTIFICATE);
        inProduction();

        assertRefusedInApiAndPage("/api/tasks/{id}/certificate", "/tasks/{id}/issue", task);
        assertThat(plans.task(plan, ISSUE_CERTIFICATE)).as("the task waits for a public base URL").isEqualTo(task);
    }

    @Test
    void inProductionBulkIssuanceDoesNotStartWhileTheBaseUrlIsLocal() throws Exception {
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        inProduction();

        assertRefusedInApiAndPage("/api/cohorts/{id}/certificates", "/admin/cohorts/{id}/certificates", cohort);
    }
}
