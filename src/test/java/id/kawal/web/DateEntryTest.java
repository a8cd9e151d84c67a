package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationFilter;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.support.KawalIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Dates in forms are written day first (dd-MM-yyyy) in both languages, and a wrong one is said next to its field. */
@KawalIntegrationTest
class DateEntryTest {

    @Autowired MockMvc mvc;
    @Autowired InnovationRegistry registry;

    @Test
    void aDayWrittenDayFirstIsSavedAndShownBackTheSameWay() throws Exception {
        mvc.perform(post("/innovations").with(user("opd4").roles("OPD")).with(csrf())
                        .param("name", "Pelelangan Ikan Pagi").param("form", "DIGITAL").param("startedOn", "17-08-2025"))
                .andExpect(status().is3xxRedirection());
        Innovation saved = registry.page(new InnovationFilter(null, null, null, null, "pelelangan ikan pagi", null, null), 0, 1)
                .getContent().get(0);
        assertThat(saved.getStartedOn()).isEqualTo(LocalDate.of(2025, 8, 17));
        mvc.perform(get("/innovations/{id}/edit", saved.getId()).with(user("opd4").roles("OPD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"17-08-2025\"")))
                .andExpect(content().string(containsString("placeholder=\"hh-bb-tttt\"")));
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNextToItsFieldInTheReadersLanguageAndTheRestIsKept() throws Exception {
        mvc.perform(post("/innovations").with(user("opd4").roles("OPD")).with(csrf())
                        .param("name", "Tanggal Salah").param("form", "DIGITAL").param("startedOn", "31-02-2025"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "startedOn"))
                .andExpect(content().string(containsString("Tulis tanggal sebagai hh-bb-tttt")))
                .andExpect(content().string(containsString("value=\"31-02-2025\"")))
                .andExpect(content().string(containsString("value=\"Tanggal Salah\"")));
        mvc.perform(post("/innovations").with(user("opd4").roles("OPD")).with(csrf()).cookie(new Cookie("kawal-lang", "en"))
                        .param("name", "Wrong Date").param("form", "DIGITAL").param("startedOn", "08/17/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the date as dd-mm-yyyy")));
        assertThat(registry.page(new InnovationFilter(null, null, null, null, "tanggal salah", null, null), 0, 1)
                .getTotalElements()).isZero();
    }

    @Test
    void aCompetitionWindowIsEnteredAsDayAndTimeInWib() throws Exception {
        mvc.perform(get("/admin/competitions").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hh-bb-tttt jj:mm (WIB)")))
                // the demo round's window, shown day first with its zone
                .andExpect(content().string(matchesPattern("(?s).*\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2} WIB – .*")));
    }
}
