package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The start-up gate on its own, through the states of Spring Boot's application availability. */
class UnavailabilityFiltersTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StaticApplicationContext context = new StaticApplicationContext();
    private final ServiceUnavailable unavailable = TestServiceUnavailable.create();

    private MockHttpServletResponse gate(MockHttpServletRequest request, StartupGateFilter gate) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private void publish(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(context, state));
    }

    @Test
    void untilKawalIsReadyPagesAndTheApiAnswer503ButTheActuatorAnswers() throws Exception {
        StartupGateFilter gate = new StartupGateFilter(availability, unavailable);

        MockHttpServletResponse page = gate(new MockHttpServletRequest("GET", "/login"), gate);
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("5");
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("Kawal sedang dimulai").contains("http-equiv=\"refresh\"");

        MockHttpServletRequest english = new MockHttpServletRequest("GET", "/login");
        english.setQueryString("lang=en");
        assertThat(gate(english, gate).getContentAsString()).contains("Kawal is starting");

        MockHttpServletResponse api = gate(new MockHttpServletRequest("GET", "/api/me/tasks"), gate);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503").contains("Kawal sedang dimulai");

        assertThat(gate(new MockHttpServletRequest("GET", "/actuator/health/readiness"), gate).getStatus()).isEqualTo(200);

        publish(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(gate(new MockHttpServletRequest("GET", "/login"), gate).getStatus()).isEqualTo(200);
    }

    @Test
    void onceOpenTheGateStaysOpenWhileKawalShutsDownGracefully() throws Exception {
        StartupGateFilter gate = new StartupGateFilter(availability, unavailable);
        publish(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(gate(new MockHttpServletRequest("POST", "/tasks/1"), gate).getStatus()).isEqualTo(200);
        publish(ReadinessState.REFUSING_TRAFFIC);
        assertThat(gate(new MockHttpServletRequest("POST", "/tasks/1"), gate).getStatus()).isEqualTo(200);
    }
}
