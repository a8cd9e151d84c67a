package id.kawal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.MutableClock;
import id.kawal.support.Plans;
import id.kawal.system.ClockConfig;
import java.time.Duration;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing is slowed down per user and per address, counted in the database, and nobody is ever locked out for
 * more than 15 minutes: not by the throttle, and no longer for good by the engine's own counter.
 */
@KawalIntegrationTest
class LoginThrottleTest {

    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoginThrottle throttle;

    private MutableClock clock;
    private EngineIdentityAuthenticationProvider provider;

    @BeforeEach
    void providerOnAClockTheTestMoves() {
        clock = new MutableClock(Instant.now(), ClockConfig.ZONE);
        provider = new EngineIdentityAuthenticationProvider(accounts, new LoginThrottle(jdbc, clock));
    }

    private Authentication login(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(attempt);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAMinuteAndThenWorks() {
        String user = plans.newUser("tebak", Role.MENTOR);
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> login(user, "salah", "10.1.0.1")).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(user, "salah", "10.1.0.1"))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.minutes()).isEqualTo(1));
        assertThatThrownBy(() -> login(user, Plans.PASSWORD, "10.1.0.2")).as("the right password, but too soon")
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofSeconds(61));
        assertThat(login(user, Plans.PASSWORD, "10.1.0.2").isAuthenticated()).isTrue();
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> login(user, "salah", "10.1.0.3")).as("a success starts the count again")
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void theWaitGrowsToFifteenMinutesAtMostAndTheUserIsNeverLockedOutForGood() {
        String user = plans.newUser("kunci", Role.ADMIN);
        for (int i = 1; i <= 25; i++) {
            try {
                login(user, "salah-" + i, "10.2.0." + i);
            } catch (BadCredentialsException expected) {
                // wrong, or refused while waiting: either way a failed login
            }
            Duration wait = throttle(user);
            assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(15));
            clock.advance(wait.plusSeconds(1));
        }
        assertThat(login(user, Plans.PASSWORD, "10.2.1.1").isAuthenticated())
                .as("the engine would have locked the user for good after 10 failures").isTrue();
    }

    @Test
    void manyUsernamesFromOneAddressMakeThatAddressWaitButNotTheOthers() {
        String user = plans.newUser("alamat", Role.MENTOR);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            String guessed = "tidakada" + i;
            assertThatThrownBy(() -> login(guessed, "salah", "10.3.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(user, Plans.PASSWORD, "10.3.0.1")).as("this address guessed too much")
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login(user, Plans.PASSWORD, "10.3.0.2").isAuthenticated()).as("another address").isTrue();
    }

    @Test
    void aThrottledApiCallAnswersExactlyLikeAWrongPassword() throws Exception {
        String user = plans.newUser("api", Role.MENTOR);
        String wrong = mvc.perform(get("/api/me/tasks").with(httpBasic("tidak-ada-orang", "salah")).with(from("10.4.0.1")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            mvc.perform(get("/api/me/tasks").with(httpBasic(user, "salah")).with(from("10.4.0.2")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/me/tasks").with(httpBasic(user, Plans.PASSWORD)).with(from("10.4.0.3")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(wrong));
    }

    @Test
    void theLoginPageSaysHowManyMinutesToWait() throws Exception {
        String user = plans.newUser("halaman", Role.MENTOR);
        for (int i = 1; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            mvc.perform(post("/login").param("username", user).param("password", "salah").with(csrf()).with(from("10.5.0.1")))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", user).param("password", "salah").with(csrf()).with(from("10.5.0.1")))
                .andExpect(redirectedUrl("/login?throttled=1"));
        mvc.perform(get("/login").param("throttled", "1"))
                .andExpect(content().string(containsString("Terlalu banyak percobaan. Coba lagi dalam 1 menit.")));
        mvc.perform(get("/login").param("throttled", "<b>x</b>"))
                .andExpect(content().string(Matchers.not(containsString("login-throttled"))));
    }

    @Test
    void anAdministratorLetsAThrottledUserInAgainFromTheUsersPage() throws Exception {
        String user = plans.newUser("buka", Role.MENTOR);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            throttle.recordFailure(user, "10.6.0.1");
        }
        mvc.perform(get("/api/me/tasks").with(httpBasic(user, Plans.PASSWORD)).with(from("10.6.0.2")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unlock-" + user + "\"")));

        mvc.perform(post("/admin/users/{u}/unlock", user).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/api/me/tasks").with(httpBasic(user, Plans.PASSWORD)).with(from("10.6.0.2")))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/users/{u}/unlock", user).with(user(user).roles("MENTOR")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private Duration throttle(String user) {
        return new LoginThrottle(jdbc, clock).waitFor(user, null);
    }
}
