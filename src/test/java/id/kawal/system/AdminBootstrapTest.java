package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.util.unit.DataSize;

class AdminBootstrapTest {

    private final UserAccountService accounts = mock(UserAccountService.class);
    private final AppLocks locks = mock(AppLocks.class);

    private static KawalProperties withAdminPassword(String password) {
        return new KawalProperties("http://localhost:8080", new KawalProperties.ActionPlan(7, Map.of(), 5),
                new KawalProperties.Documents(DataSize.ofMegabytes(10)), new KawalProperties.Certificate("x", "y"),
                new KawalProperties.Demo(false), new KawalProperties.Admin("admin", password),
                new KawalProperties.Signing(null, null, null, "Kawal", "Penerbitan sertifikat", "Kota Pekalongan"),
                new KawalProperties.Database(Duration.ofMinutes(2), true),
                new KawalProperties.Verify(DataSize.ofMegabytes(10), 10, Duration.ofMinutes(1), 100_000), null);
    }

    private AdminBootstrap bootstrap(KawalProperties properties) {
        return new AdminBootstrap(accounts, properties, locks, TransactionOperations.withoutTransaction());
    }

    @Test
    void theFirstAdministratorIsCreatedUnderTheClusterWideStartUpLock() {
        when(accounts.usersWithRole(Role.ADMIN)).thenReturn(List.of());
        bootstrap(withAdminPassword("a-long-secret-1")).run(new DefaultApplicationArguments());
        var order = Mockito.inOrder(locks, accounts);
        order.verify(locks).hold(AppLocks.BOOTSTRAP);
        order.verify(accounts).usersWithRole(Role.ADMIN);
    }

    @Test
    void withoutAnAdministratorAndWithoutAPasswordTheAppRefusesToStart() {
        when(accounts.usersWithRole(Role.ADMIN)).thenReturn(List.of());
        AdminBootstrap bootstrap = bootstrap(withAdminPassword(null));
        assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KAWAL_ADMIN_PASSWORD");
        verify(accounts, never()).createUser(any(), any(), any(), any());
    }

    @Test
    void aShortPasswordIsRefusedToo() {
        when(accounts.usersWithRole(Role.ADMIN)).thenReturn(List.of());
        AdminBootstrap bootstrap = bootstrap(withAdminPassword("demo"));
        assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theConfiguredPasswordCreatesTheFirstAdministrator() {
        when(accounts.usersWithRole(Role.ADMIN)).thenReturn(List.of());
        bootstrap(withAdminPassword("a-long-secret-1")).run(new DefaultApplicationArguments());
        verify(accounts).createUser(eq("admin"), eq("a-long-secret-1"), any(Person.class), eq(List.of(Role.ADMIN)));
    }

    @Test
    void anExistingAdministratorIsLeftAlone() {
        when(accounts.usersWithRole(Role.ADMIN)).thenReturn(List.of(new Person("admin", "A", null, null, null)));
        bootstrap(withAdminPassword(null)).run(new DefaultApplicationArguments());
        verify(accounts, never()).createUser(any(), any(), any(), any());
    }
}
