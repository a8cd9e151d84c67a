package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.demo.DemoDataLoader;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.SqlStatements;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reads never write, the browser session included: after a real login, viewing the home page sends no INSERT,
 * UPDATE or DELETE to the database (Spring Session's JDBC store would otherwise update the session's last-access
 * time on every request; see {@code SessionTouchThrottle}).
 */
@KawalIntegrationTest
class PageViewWritesNothingTest {

    @Autowired MockMvc mvc;

    @Test
    void viewingTheHomePageInALoggedInSessionWritesNothing() throws Exception {
        Cookie session = mvc.perform(formLogin().user("mentor").password(DemoDataLoader.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the session's cookie").isNotNull();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        List<String> statements = SqlStatements.of(() -> {
            try {
                String page = mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                assertThat(page).contains("id=\"inbox\"");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(statements).as("statements:%n%s", String.join("\n", statements)).isNotEmpty()
                .noneMatch(sql -> sql.strip().toUpperCase(Locale.ROOT).matches("(?s)(INSERT|UPDATE|DELETE|MERGE)\\b.*"));
        assertThat(statements).anyMatch(sql -> sql.contains("SPRING_SESSION"));
    }
}
