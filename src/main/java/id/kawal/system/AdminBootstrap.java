package id.kawal.system;

import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Makes sure an administrator exists. Outside the {@code demo} profile there are no demo accounts, so the
 * first administrator's password must be configured ({@code kawal.admin.password}, env
 * {@code KAWAL_ADMIN_PASSWORD}); without it the app refuses to start rather than run with a known password
 * or without anyone who can log in. That administrator chose the password, so it need not be changed at first
 * login.
 */
@Component
@Order(2)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountService accounts;
    private final KawalProperties properties;
    private final AppLocks locks;
    private final TransactionOperations transaction;

    public AdminBootstrap(UserAccountService accounts, KawalProperties properties, AppLocks locks,
            TransactionOperations transaction) {
        this.accounts = accounts;
        this.properties = properties;
        this.locks = locks;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        // nodes that start together: one creates the administrator, the others wait and find it
        transaction.executeWithoutResult(status -> {
            locks.hold(AppLocks.BOOTSTRAP);
            ensureAdministrator();
        });
    }

    private void ensureAdministrator() {
        accounts.ensureGroups();
        if (!accounts.usersWithRole(Role.ADMIN).isEmpty()) {
            return;
        }
        String username = properties.admin().username();
        String password = properties.admin().password();
        if (password == null || password.isBlank() || password.length() < 12) {
            throw new StartupRefusedException("No administrator exists, and no password of at least 12 characters is "
                    + "configured for the first one ('" + username + "')",
                    "Set the environment variable KAWAL_ADMIN_PASSWORD (or kawal.admin.password) to a password of at "
                    + "least 12 characters: Kawal then creates the administrator '" + username + "' with it. To try "
                    + "Kawal with the demo accounts instead, start with --spring.profiles.active=demo (mvn spring-boot:run does)");
        }
        accounts.createUser(username, password, new Person(username, "Administrator", null, null, null), List.of(Role.ADMIN));
        log.info("Created the first administrator '{}'", username);
    }
}
