package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.identity.Role;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.support.SqlStatements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What one home page costs the database: its five lists are read in one read-only transaction, the user's groups are
 * looked up once for all four inboxes, and an inbox row's plan, cohort and participant come from one projection.
 */
@KawalIntegrationTest
class HomePageCostTest {

    private static final String GROUPS_QUERY = "from ACT_ID_GROUP";

    @Autowired MockMvc mvc;
    @Autowired Plans plans;

    @Test
    void aMentorsHomePageLooksUpTheGroupsAndCountsTheOpenTasksOnceAndStaysWithinNineStatements() {
        String mentor = plans.newUser("homecost", Role.MENTOR);
        for (int i = 0; i < 3; i++) {
            ActionPlan plan = plans.enrol(mentor);
            if (i < 2) {
                plans.submitProposal(plan, 1); // a proposal for this mentor to review
            }
        }

        List<String> statements = homePage(mentor, "MENTOR");

        assertThat(statements.stream().filter(sql -> sql.contains(GROUPS_QUERY)))
                .as("group look-ups:%n%s", String.join("\n", statements)).hasSize(1);
        assertThat(statements.stream().filter(sql -> sql.contains("GROUP BY D.KEY_")))
                .as("counts of open tasks:%n%s", String.join("\n", statements)).hasSize(1);
        assertThat(statements).as("no inbox counts its own tasks:%n%s", String.join("\n", statements))
                .noneMatch(sql -> sql.startsWith("SELECT COUNT(*) FROM (SELECT T.*"));
        // the groups; the open tasks counted by process for all four inboxes; the plans' inbox: page, plans with
        // their names, still open; the handovers' own look-up; the plans list with its names; notifications; certificates
        assertThat(statements).as("statements:%n%s", String.join("\n", statements)).hasSizeLessThanOrEqualTo(9);
        assertThat(visit(mentor, "MENTOR")).contains("id=\"inbox-total\">2<", "id=\"plans-total\">3<");
    }

    @Test
    void anAdministratorsHomePageLooksUpTheGroupsOnce() {
        List<String> statements = homePage("admin", "ADMIN");

        assertThat(statements.stream().filter(sql -> sql.contains(GROUPS_QUERY)))
                .as("group look-ups:%n%s", String.join("\n", statements)).hasSize(1);
    }

    /** The statements of a second visit (the first warms the caches), without the test's own session writes. */
    private List<String> homePage(String username, String role) {
        visit(username, role);
        return SqlStatements.of(() -> visit(username, role)).stream()
                .filter(sql -> !sql.contains("SPRING_SESSION")).toList();
    }

    private String visit(String username, String role) {
        try {
            return mvc.perform(get("/").with(user(username).roles(role))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
