package id.kawal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.CohortRepository;
import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionService;
import id.kawal.identity.PersonRepository;
import id.kawal.support.KawalIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Every CSV export, with hostile text in the data: no cell may start a formula, NIPs stay text. */
@KawalIntegrationTest
@Transactional
class CsvExportsTest {

    static final String HOSTILE = "=HYPERLINK(\"http://x\")";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetitionService competitions;
    @Autowired CohortRepository cohorts;
    @Autowired PersonRepository people;

    private String csv(String path) throws Exception {
        return mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void publicResultsNeutraliseAFormulaInAnInnovationTitle() throws Exception {
        Competition finished = competitions.all().stream().filter(c -> c.getName().startsWith("Layanan Inovasi Daerah 2023"))
                .findFirst().orElseThrow();
        jdbc.update("update competition_entry set innovation_title = ? where competition_id = ?", HOSTILE, finished.getId());

        String csv = csv("/api/public/competitions/" + finished.getId() + "/results.csv");

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void theCohortRecapNeutralisesAFormulaInATitleAndKeepsTheNipAsText() throws Exception {
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        jdbc.update("update action_plan set title = ? where cohort_id = ?", "@SUM(A1:A9)", cohort);
        String nip = people.findById("peserta1").orElseThrow().getNip();

        String csv = csv("/admin/cohorts/" + cohort + "/recap.csv");

        assertThat(csv).contains(",'@SUM(A1:A9),").doesNotContain(",@SUM").contains(",'" + nip + ",");
    }

    @Test
    void theEnrolmentTemplateKeepsItsNipAsText() throws Exception {
        assertThat(csv("/admin/cohorts/csv-template")).contains("\n'199001012015031001,");
    }
}
