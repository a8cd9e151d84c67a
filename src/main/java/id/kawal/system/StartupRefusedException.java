package id.kawal.system;

/**
 * Kawal refuses to start, for a reason an operator can fix: what is wrong, and what to do. Spring Boot
 * prints both without a stack trace ({@link StartupRefusedFailureAnalyzer}).
 */
public class StartupRefusedException extends IllegalStateException {

    private final String description;
    private final String action;

    public StartupRefusedException(String description, String action) {
        super(description + ". " + action);
        this.description = description;
        this.action = action;
    }

    public String description() {
        return description;
    }

    public String action() {
        return action;
    }
}
