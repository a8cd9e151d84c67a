package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.support.KawalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.test.web.servlet.MockMvc;

/** Health for everyone, the rest of the actuator for administrators, and a graceful shutdown. */
@KawalIntegrationTest
class ActuatorTest {

    @Autowired MockMvc mvc;
    @Autowired TomcatServletWebServerFactory webServer;

    @Test
    void healthAndItsProbesArePublicWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        // an administrator sees what the status is made of
        mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void everyOtherActuatorEndpointIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("mentor", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(httpBasic("peserta1", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void theServerShutsDownGracefully() {
        assertThat(webServer.getShutdown()).isEqualTo(Shutdown.GRACEFUL);
    }
}
