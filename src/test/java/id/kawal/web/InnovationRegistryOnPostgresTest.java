package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationFilter;
import id.kawal.innovation.InnovationForm;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.InnovationStatus;
import id.kawal.support.KawalPostgresIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The registry's migration, queries and unique name on PostgreSQL, with the demo loaded through them. */
@KawalPostgresIntegrationTest
class InnovationRegistryOnPostgresTest {

    @Autowired MockMvc mvc;
    @Autowired InnovationRegistry registry;

    @Test
    void everyFilterOfTheListRunsOnPostgres() {
        List<Innovation> found = registry.page(new InnovationFilter("RSUD Bendan", InnovationStatus.BERJALAN, 2022,
                InnovationForm.DIGITAL, "jem", null, null), 0, 20).getContent();
        assertThat(found).extracting(Innovation::getAcronym).containsExactly("JEMPOL");
        assertThat(registry.page(new InnovationFilter(null, null, null, null, "100%_", InnovationStatus.RUNNING, List.of()),
                0, 20).getTotalElements()).isZero();
    }

    @Test
    void aNameTheOpdHasAlreadyIsRefusedWhateverItsCase() throws Exception {
        mvc.perform(post("/api/innovations").with(httpBasic("opd2", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"seksama (SISTEM evaluasi kinerja satu masukan)\",\"form\":\"DIGITAL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("name")));
        mvc.perform(get("/api/public/innovations").param("q", "seksama"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
    }
}
