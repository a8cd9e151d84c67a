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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.CohortRepository;
import id.kawal.actionplan.CohortService;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Everyone can change their password (at least 12 characters); a password set by an administrator or by enrolment
 * must be changed at the first login before anything else; administrators reset passwords. The demo's accounts
 * are not made to change theirs.
 */
@KawalIntegrationTest
class PasswordChangeTest {

    @Autowired MockMvc mvc;
    @Autowired CohortService cohorts;
    @Autowired CohortRepository cohortRepository;
    @Autowired UserAccountService accounts;

    /** A participant enrolled by an administrator with {@link Plans#INITIAL_PASSWORD}, not yet logged in. */
    private String enrolled(String prefix) {
        String username = prefix + System.nanoTime() % 100000;
        cohorts.enrol(cohortRepository.findByCode("PKA-I-2025").orElseThrow().getId(), Plans.enrolment(username));
        return username;
    }

    private Cookie login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    @Test
    void aParticipantEnrolledByAnAdministratorIsSentToTheChangePageUntilTheyHaveChangedIt() throws Exception {
        String participant = enrolled("ganti");
        Cookie session = login(participant, Plans.INITIAL_PASSWORD);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/competitions").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-required\"")))
                .andExpect(content().string(containsString("<label for=\"newPassword\"")));

        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", Plans.INITIAL_PASSWORD)
                        .param("newPassword", "pendek").param("repeatPassword", "pendek"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi minimal 12 karakter")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "bukan-ini-sandinya")
                        .param("newPassword", "sandi-pilihan-sendiri").param("repeatPassword", "sandi-pilihan-sendiri"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ini bukan kata sandi Anda saat ini")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", Plans.INITIAL_PASSWORD)
                        .param("newPassword", "sandi-pilihan-sendiri").param("repeatPassword", "sandi-pilihan-lain"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kedua kata sandi baru tidak sama")));
        assertThat(accounts.isPasswordChangeRequired(participant)).isTrue();

        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", Plans.INITIAL_PASSWORD)
                        .param("newPassword", "sandi-pilihan-sendiri").param("repeatPassword", "sandi-pilihan-sendiri"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("message", "flash.passwordChanged"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        assertThat(accounts.isPasswordChangeRequired(participant)).isFalse();
        assertThat(accounts.checkPassword(participant, "sandi-pilihan-sendiri")).isTrue();
    }

    @Test
    void theApiAnswers403UntilThePasswordIsChangedThroughItsOwnEndpoint() throws Exception {
        String participant = enrolled("apiganti");
        mvc.perform(get("/api/me/tasks").with(httpBasic(participant, Plans.INITIAL_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("must be changed first")));

        mvc.perform(post("/api/me/password").with(httpBasic(participant, Plans.INITIAL_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + Plans.INITIAL_PASSWORD + "\",\"newPassword\":\"pendek\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword").value("Kata sandi minimal 12 karakter"));
        mvc.perform(post("/api/me/password").with(httpBasic(participant, Plans.INITIAL_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"salah\",\"newPassword\":\"sandi-pilihan-sendiri\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.currentPassword").exists());
        mvc.perform(post("/api/me/password").with(httpBasic(participant, Plans.INITIAL_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + Plans.INITIAL_PASSWORD + "\",\"newPassword\":\"sandi-pilihan-sendiri\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/me/tasks").with(httpBasic(participant, "sandi-pilihan-sendiri"))).andExpect(status().isOk());
        mvc.perform(get("/api/me/tasks").with(httpBasic(participant, Plans.INITIAL_PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void aParticipantEnrolledFromACsvMustChangeThePasswordOfTheFileAndShorterOnesAreRefused() throws Exception {
        Long cohort = cohortRepository.findByCode("PKA-I-2025").orElseThrow().getId();
        String csv = "nip,full_name,position,agency,username,initial_password,mentor,coach,examiner\n"
                + Plans.freshNip() + ",Satu,Kabid,Dinas A,csvganti,GantiSandi123,mentor,coach,penguji\n"
                + Plans.freshNip() + ",Dua,Kabid,Dinas B,csvpendek,rahasia-123,mentor,coach,penguji\n";
        mvc.perform(multipart("/admin/cohorts/{id}/enrolments/csv", cohort)
                        .file(new MockMultipartFile("file", "p.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("skipBadRows", "true").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>3</td><td>initialPassword</td>")))
                .andExpect(content().string(containsString("Kata sandi minimal 12 karakter")));
        assertThat(accounts.isPasswordChangeRequired("csvganti")).isTrue();
        assertThat(accounts.exists("csvpendek")).isFalse();
    }

    @Test
    void demoAccountsAreNotMadeToChangeTheirPassword() throws Exception {
        mvc.perform(get("/api/me/tasks").with(httpBasic("peserta1", "demo"))).andExpect(status().isOk());
        assertThat(accounts.isPasswordChangeRequired("admin")).isFalse();
        mvc.perform(get("/").cookie(login("mentor", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/account/password\"")));
    }

    @Test
    void anAdministratorResetsAPasswordWhichTheUserMustThenChange() throws Exception {
        String user = enrolled("reset");
        accounts.changePassword(user, "sandi-lama-sendiri");

        MvcResult reset = mvc.perform(post("/admin/users/{u}/password", user).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users?q=" + user)).andReturn();
        String temporary = (String) reset.getFlashMap().get("temporaryPassword");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        // a flash attribute: shown on the page the administrator is sent to, and on no later one
        assertThat(reset.getFlashMap().get("resetUser")).isEqualTo(user);
        mvc.perform(get("/admin/users").param("q", user).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("wajib ganti kata sandi")))
                .andExpect(content().string(Matchers.not(containsString(temporary))));
        mvc.perform(get("/api/me/tasks").with(httpBasic(user, temporary))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/users/{u}/password", user).param("password", "pendek").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(flash().attribute("resetProblem", "password.tooShort"));
        mvc.perform(post("/api/users/{u}/password-reset", user).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"diberikan-admin-1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.temporaryPassword").value("diberikan-admin-1"));
        mvc.perform(get("/api/me/tasks").with(httpBasic(user, "diberikan-admin-1"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/users/{u}/password-reset", user).with(httpBasic("peserta1", "demo")))
                .andExpect(status().isForbidden());
    }
}
