package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.support.KawalPostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's grouped queries, the index's migration and queries, and its read-only transaction, on PostgreSQL. */
@KawalPostgresIntegrationTest
class InnovationDashboardOnPostgresTest {

    @Autowired MockMvc mvc;

    @Test
    void theDashboardGroupsByOpdAndStartYearOnPostgres() throws Exception {
        mvc.perform(get("/api/innovations/dashboard").param("from", "2023").param("to", "2026").param("opd", "Bappeda")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].cells[1].year").value(2024))
                .andExpect(jsonPath("$.rows[0].cells[1].met").value(true))
                .andExpect(jsonPath("$.rows[0].cells[2].met").value(false));
        mvc.perform(get("/innovations/dashboard.xlsx").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theIndexIsComputedInItsReadOnlyTransactionOnPostgres() throws Exception {
        mvc.perform(get("/api/innovations/index").param("year", "2025").with(httpBasic("opd1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualifying").value(4))
                .andExpect(jsonPath("$.predicate").isString());
        String csv = mvc.perform(get("/innovations/index.csv").param("year", "2025").with(user("opd1").roles("OPD")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Izin Kilat,DPMPTSP");
        mvc.perform(put("/api/innovations/index/2040/window").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"windowFrom\":\"2038-01-01\",\"windowTo\":\"2039-12-31\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/innovations/index").param("year", "2040").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.predicate").value("Tidak Dapat Dinilai"));
    }
}
