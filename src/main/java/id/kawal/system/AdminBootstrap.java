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
 * Makes sure an administrator exists. Outside the demo there are no demo accounts, so the first
 * administrator's password must be configured ({@code kawal.admin.password}); without it the app
 * refuses to start rather than run with a known password.
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
            throw new IllegalStateException("No administrator exists: set kawal.admin.password (env KAWAL_ADMIN_PASSWORD), "
                    + "at least 12 characters, to create '" + username + "'");
        }
        accounts.createUser(username, password, new Person(username, "Administrator", null, null, null), List.of(Role.ADMIN));
        log.info("Created the first administrator '{}'", username);
    }
}
