package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's REST API and Camunda's webapps run in servlets of their own, outside MockMvc, so
 * they are checked over real HTTP: administrators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kawal-engine-access;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class EngineAccessTest {

    @Autowired TestRestTemplate http;

    @Test
    void theEngineRestApiAnswersAnAdministrator() {
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .getForEntity("/engine-rest/process-definition?key=pka-action-plan", String.class);
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"key\":\"pka-action-plan\"");
    }

    @Test
    void theEngineRestApiRefusesEveryoneElse() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("mentor", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // not the admin: a wrong password counts towards the login throttle of that username
        assertThat(http.withBasicAuth("coach", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void camundaWebappsSendStrangersToTheLoginPage() {
        // the client follows the redirect: what comes back is Kawal's login form, not Cockpit
        ResponseEntity<String> response = http.getForEntity("/camunda/app/cockpit/default/", String.class);
        assertThat(response.getBody()).contains("id=\"login-submit\"").doesNotContain("cockpit");
    }
}
