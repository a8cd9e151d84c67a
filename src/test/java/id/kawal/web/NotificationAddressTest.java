package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.CohortRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Where notifications are e-mailed: set by each user for themselves (page or API), or given at enrolment. */
@KawalIntegrationTest
class NotificationAddressTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccountService accounts;
    @Autowired CohortRepository cohorts;
    @Autowired Plans plans;

    @Test
    void aUserSetsTheirAddressOnTheirAccountPageAndKeepsTheirPassword() throws Exception {
        String who = plans.newUser("surel", Role.MENTOR);
        mvc.perform(post("/account/email").param("email", " nama.surel@pekalongankota.go.id ").with(user(who).roles("MENTOR"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/email"));
        assertThat(accounts.emailOf(who)).contains("nama.surel@pekalongankota.go.id");
        assertThat(accounts.checkPassword(who, Plans.PASSWORD)).as("saving the user kept the password").isTrue();
        mvc.perform(get("/account/email").with(user(who).roles("MENTOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"nama.surel@pekalongankota.go.id\"")));

        mvc.perform(post("/account/email").param("email", "").with(user(who).roles("MENTOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.emailOf(who)).isEmpty();
    }

    @Test
    void anAddressThatCannotBeDeliveredToIsRefusedNextToTheFieldAndTheOldOneStays() throws Exception {
        String who = plans.newUser("surel", Role.COACH);
        accounts.setEmail(who, "lama@pekalongankota.go.id");
        for (String bad : new String[] {"nama@", "nama@desa", "nama pekalongankota.go.id", "a@b@c.id"}) {
            mvc.perform(post("/account/email").param("email", bad).with(user(who).roles("COACH")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "email"))
                    .andExpect(content().string(containsString("Tulis alamat e-mail yang lengkap")));
        }
        assertThat(accounts.emailOf(who)).contains("lama@pekalongankota.go.id");
    }

    @Test
    void theApiSetsOnesOwnAddressAndAnswersABadOneWithAProblem() throws Exception {
        String who = plans.newUser("surel", Role.EXAMINER);
        mvc.perform(post("/api/me/email").with(httpBasic(who, Plans.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"salah\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("email")));
        mvc.perform(post("/api/me/email").with(httpBasic(who, Plans.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"penguji.surel@pekalongankota.go.id\"}"))
                .andExpect(status().isNoContent());
        assertThat(accounts.emailOf(who)).contains("penguji.surel@pekalongankota.go.id");
    }

    @Test
    void anEnrolmentCsvMayGiveEachParticipantsAddressAndABadOneIsReportedWithItsLine() throws Exception {
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        String csv = "nip,full_name,position,agency,username,initial_password,mentor,coach,examiner,email\n"
                + Plans.freshNip() + ",Surel Satu,Kabid,Dinas A,surelsatu,rahasia-1234,mentor,coach,penguji,satu@pekalongankota.go.id\n"
                + Plans.freshNip() + ",Surel Dua,Kabid,Dinas B,sureldua,rahasia-1234,mentor,coach,penguji,\n"
                + Plans.freshNip() + ",Surel Tiga,Kabid,Dinas C,sureltiga,rahasia-1234,mentor,coach,penguji,tiga@\n";
        mvc.perform(multipart("/api/cohorts/{id}/enrolments/csv", cohort)
                        .file(new MockMultipartFile("file", "peserta.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("skipBadRows", "true").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        assertThat(accounts.emailOf("surelsatu")).contains("satu@pekalongankota.go.id");
        assertThat(accounts.emailOf("sureldua")).isEmpty();
        assertThat(accounts.exists("sureltiga")).isFalse();
        mvc.perform(get("/admin/cohorts/csv-template").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString(",examiner,email")));
    }
}
