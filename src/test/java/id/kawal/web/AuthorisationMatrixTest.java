package id.kawal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.support.KawalIntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open what: every role against every kind of page and API, on the demo data. peserta1's
 * plan is {@code own}; peserta2's plan is {@code other}.
 */
@KawalIntegrationTest
class AuthorisationMatrixTest {

    @Autowired MockMvc mvc;
    @Autowired ActionPlanRepository plans;

    private Long own;
    private Long other;

    @BeforeEach
    void findPlans() {
        own = plans.findByParticipantOrderByIdDesc("peserta1").stream().map(ActionPlan::getId).findFirst().orElseThrow();
        other = plans.findByParticipantOrderByIdDesc("peserta2").stream().map(ActionPlan::getId).findFirst().orElseThrow();
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                // who, role, path, expected status
                Arguments.of("anonymous", null, "/", 302),
                Arguments.of("anonymous", null, "/login", 200),
                Arguments.of("anonymous", null, "/plans/{own}", 302),
                Arguments.of("anonymous", null, "/admin/cohorts", 302),
                Arguments.of("anonymous", null, "/verify/AAAA-BBBB-CCCC-DDDD-EEEE", 404),
                Arguments.of("anonymous", null, "/v3/api-docs", 200),
                Arguments.of("peserta1", "PARTICIPANT", "/", 200),
                Arguments.of("peserta1", "PARTICIPANT", "/plans/{own}", 200),
                Arguments.of("peserta1", "PARTICIPANT", "/plans/{other}", 403),
                Arguments.of("peserta1", "PARTICIPANT", "/admin/cohorts", 403),
                Arguments.of("peserta1", "PARTICIPANT", "/camunda/app/cockpit/default/", 403),
                Arguments.of("mentor", "MENTOR", "/plans/{own}", 200),
                Arguments.of("mentor", "MENTOR", "/plans/{other}", 200),
                Arguments.of("mentor", "MENTOR", "/admin/cohorts", 403),
                Arguments.of("mentor2", "MENTOR", "/plans/{own}", 403),
                Arguments.of("coach", "COACH", "/plans/{other}", 200),
                Arguments.of("penguji", "EXAMINER", "/plans/{other}", 200),
                Arguments.of("penguji", "EXAMINER", "/admin/cohorts", 403),
                Arguments.of("admin", "ADMIN", "/admin/cohorts", 200),
                Arguments.of("admin", "ADMIN", "/plans/{other}", 200));
    }

    @ParameterizedTest(name = "{0} GET {2} -> {3}")
    @MethodSource("pages")
    void pagesAreOpenOnlyToThoseWhoMaySeeThem(String who, String role, String path, int expected) throws Exception {
        MockHttpServletRequestBuilder request = get(path.replace("{own}", own.toString()).replace("{other}", other.toString()));
        if (role != null) {
            request.with(user(who).roles(role));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    static Stream<Arguments> api() {
        return Stream.of(
                Arguments.of(null, "/api/me/tasks", 401),
                Arguments.of("peserta1", "/api/me/tasks", 200),
                Arguments.of("peserta1", "/api/action-plans/{own}", 200),
                Arguments.of("peserta1", "/api/action-plans/{other}", 403),
                Arguments.of("peserta1", "/api/cohorts", 403),
                Arguments.of("mentor", "/api/action-plans/{other}", 200),
                Arguments.of("mentor", "/api/cohorts", 403),
                Arguments.of("admin", "/api/cohorts", 200),
                Arguments.of(null, "/engine-rest/process-definition", 401),
                Arguments.of("mentor", "/engine-rest/process-definition", 403),
                Arguments.of("peserta1", "/engine-rest/task", 403),
                Arguments.of(null, "/api/public/verify/AAAA-BBBB-CCCC-DDDD-EEEE", 404));
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @MethodSource("api")
    void theApiAndTheEngineRestApiFollowTheSameRules(String who, String path, int expected) throws Exception {
        MockHttpServletRequestBuilder request = get(path.replace("{own}", own.toString()).replace("{other}", other.toString()));
        if (who != null) {
            request.with(httpBasic(who, "demo"));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }
}
