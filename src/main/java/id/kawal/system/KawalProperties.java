package id.kawal.system;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Everything an operator may set under {@code kawal.*}, with defaults that work out of the box. */
@ConfigurationProperties("kawal")
public record KawalProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue ActionPlan actionPlan,
        @DefaultValue Documents documents,
        @DefaultValue Certificate certificate,
        @DefaultValue Demo demo,
        @DefaultValue Admin admin) {

    /**
     * @param escalationDays days after a milestone's due date before it is escalated to the administrator
     * @param dueDays        days a task may stay open, by task id of the model; tasks not named use {@code default}
     */
    public record ActionPlan(@DefaultValue("7") int escalationDays,
            @DefaultValue({}) Map<String, Integer> dueDays) {

        public int dueDaysOf(String taskKey) {
            return dueDays.getOrDefault(taskKey, dueDays.getOrDefault("default", 7));
        }
    }

    public record Documents(@DefaultValue("10MB") DataSize maxSize) {
    }

    public record Certificate(@DefaultValue("Penyelenggara Pelatihan") String issuerName,
            @DefaultValue("Kepala") String issuerTitle) {
    }

    public record Demo(@DefaultValue("true") boolean enabled) {
    }

    /** The first administrator, created at start-up when no administrator exists (production). */
    public record Admin(@DefaultValue("admin") String username, String password) {
    }
}
