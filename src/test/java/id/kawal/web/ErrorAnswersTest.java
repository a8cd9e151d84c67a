package id.kawal.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.support.KawalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Browsers get an error page in their language for every error, the API a problem detail that says what is wrong
 * and where, whichever route the error comes from.
 */
@KawalIntegrationTest
class ErrorAnswersTest {

    @Autowired MockMvc mvc;

    @Test
    void aMissingDocumentOrCertificateIsAnHtmlPageForTheBrowserAndAProblemForTheApi() throws Exception {
        mvc.perform(get("/documents/{id}", 987654321L).with(user("mentor").roles("MENTOR")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Tidak ditemukan")));
        mvc.perform(get("/certificates/{serial}.pdf", "AAAA-BBBB").with(user("mentor").roles("MENTOR")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/api/documents/{id}", 987654321L).with(httpBasic("mentor", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPageAddressWithAWrongIdIsA400PageNotAnError() throws Exception {
        mvc.perform(get("/plans/{id}", "abc").with(user("mentor").roles("MENTOR")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Permintaan ini tidak dapat dibaca")));
    }

    @Test
    void aValueOfTheWrongKindInJsonNamesTheFieldAndWhatWasExpected() throws Exception {
        mvc.perform(post("/api/tasks/{id}/proposal", "any").with(httpBasic("peserta1", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"X","problemStatement":"p","objectives":"o",
                                 "milestones":[{"title":"Tonggak","dueDate":"31-12-2026"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors['milestones[0].dueDate']", containsString("31-12-2026")))
                .andExpect(jsonPath("$.errors['milestones[0].dueDate']", containsString("2026-12-31")));
        mvc.perform(post("/api/tasks/{id}/review", "any").with(httpBasic("mentor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.decision", containsString("APPROVE, REVISE")));
    }

    @Test
    void brokenJsonSaysWhereItBreaks() throws Exception {
        mvc.perform(post("/api/tasks/{id}/review", "any").with(httpBasic("mentor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": APPROVE}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("baris 1, kolom")));
        mvc.perform(post("/api/tasks/{id}/review", "any").with(httpBasic("mentor", "demo")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("kosong atau bukan JSON")));
    }

    @Test
    void aMissingOrWrongQueryParameterIsNamed() throws Exception {
        mvc.perform(get("/api/me/tasks").param("page", "satu").with(httpBasic("mentor", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page", containsString("angka")));
    }
}
