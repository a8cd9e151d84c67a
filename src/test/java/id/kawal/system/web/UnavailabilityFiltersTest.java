package id.kawal.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** The two 503 filters on their own: the start-up gate's states, and which failures count as a database outage. */
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

    /** A request that began its answer (as a page that renders, or a download) before the database failed it. */
    private static FilterChain failingWith(RuntimeException failure) {
        return (request, response) -> {
            response.setContentType("application/pdf");
            ((HttpServletResponse) response).setHeader("Content-Disposition", "attachment; filename=half.pdf");
            response.getWriter().write("half a page");
            throw failure;
        };
    }

    @Test
    void aDatabaseOutageOutsideSpringMvcBecomesA503() throws Exception {
        DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(unavailable);
        RuntimeException outage = new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));

        MockHttpServletResponse page = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/"), page, failingWith(outage));
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("10");
        assertThat(page.getContentAsString()).contains("Basis data tidak dapat dihubungi").doesNotContain("half a page");
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getHeader("Content-Disposition")).isNull();

        MockHttpServletResponse api = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/tasks/1/review"), api,
                failingWith(new ProcessEngineException("ENGINE-03083", new SQLException("refused", "08001"))));
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getContentAsString()).contains("Basis data tidak dapat dihubungi");
    }

    @Test
    void anyOtherFailurePassesThroughUntouched() {
        DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(unavailable);
        RuntimeException duplicate = new DataIntegrityViolationException("duplicate", new SQLException("dup", "23505"));
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                failingWith(duplicate))).isSameAs(duplicate);
    }
}
