package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kawal.KawalApplication;
import id.kawal.identity.UserAccountService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar kawal.jar} without the {@code demo} profile: no demo accounts, only the first administrator
 * made from KAWAL_ADMIN_PASSWORD, and without that password a refusal that says what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutDemoTest {

    private static ConfigurableApplicationContext start(String database, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(KawalApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void withoutTheDemoAndWithoutAnAdministratorPasswordKawalRefusesToStartAndSaysWhatToSet(CapturedOutput output) {
        assertThatThrownBy(() -> start("kawal-no-demo-no-password").close())
                .isInstanceOf(StartupRefusedException.class);
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
                .contains("No administrator exists")
                .contains("Set the environment variable KAWAL_ADMIN_PASSWORD")
                .contains("--spring.profiles.active=demo");
    }

    @Test
    void withoutTheDemoKawalStartsEmptyWithTheOneAdministratorFromThePassword() {
        try (ConfigurableApplicationContext app = start("kawal-no-demo", "--kawal.admin.password=a-long-secret-1")) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
            assertThat(identity.checkPassword("admin", "a-long-secret-1")).isTrue();
            assertThat(app.getBean(UserAccountService.class).isPasswordChangeRequired("admin"))
                    .as("the administrator chose this password").isFalse();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            for (String table : List.of("person", "cohort", "action_plan", "competition", "competition_entry", "certificate")) {
                int rows = jdbc.queryForObject("select count(*) from " + table, Integer.class);
                assertThat(rows).as(table).isEqualTo(table.equals("person") ? 1 : 0);
            }
        }
    }
}
