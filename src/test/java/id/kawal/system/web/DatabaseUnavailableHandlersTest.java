package id.kawal.system.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inside Spring MVC a database outage is a 503 page or problem detail too; other failures keep their own handling. */
class DatabaseUnavailableHandlersTest {

    @RestController
    static class Api {

        @GetMapping("/api/outage")
        String outage() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        }

        @GetMapping("/api/duplicate")
        String duplicate() {
            throw new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"));
        }

        @GetMapping("/api/null")
        String notNull() {
            throw new DataIntegrityViolationException("null", new SQLException("null value in column", "23502"));
        }
    }

    @Controller
    static class Pages {

        @GetMapping("/outage")
        String outage() {
            throw new ProcessEngineException("ENGINE-03004", new SQLException("An I/O error occurred", "08006"));
        }
    }

    private final ServiceUnavailable unavailable = TestServiceUnavailable.create();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Api(), new Pages())
            .setControllerAdvice(new ApiExceptionHandler(TestServiceUnavailable.messages(), unavailable),
                    new PageExceptionHandler(unavailable))
            .setLocaleResolver(new WebConfig().localeResolver())
            .build();

    @Test
    void anApiCallAnswers503WithAProblemDetail() throws Exception {
        mvc.perform(get("/api/outage"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Basis data tidak dapat dihubungi")));
    }

    @Test
    void aPageAnswers503WithTheUnavailablePage() throws Exception {
        mvc.perform(get("/outage"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(view().name(ServiceUnavailable.VIEW))
                .andExpect(model().attribute("reason", "unavailable.database"));
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertThatThrownBy(() -> mvc.perform(get("/api/null")))
                .hasCauseInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aUniqueRowInsertedFirstByAnotherRequestIsAConflict() throws Exception {
        mvc.perform(get("/api/duplicate"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void theStandAlone503PageKeepsItsOwnPolicyForItsInlineStyle() throws Exception {
        mvc.perform(get("/outage"))
                .andExpect(header().string("Content-Security-Policy", Matchers.startsWith("default-src 'none'")));
    }
}
