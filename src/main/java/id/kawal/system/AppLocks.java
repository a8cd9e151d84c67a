package id.kawal.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named locks shared by every node on the database: a row of {@code app_lock} locked with
 * {@code select ... for update} until the surrounding transaction ends. Work that must happen once
 * in a cluster (loading the demo, creating the first administrator) takes the lock, then checks
 * whether it is still to do; a node that starts at the same moment waits, then finds it done.
 */
@Component
public class AppLocks {

    /** The lock around start-up work: demo data and the first administrator. */
    public static final String BOOTSTRAP = "bootstrap";

    private final JdbcTemplate jdbc;

    public AppLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the named lock until the current transaction commits or rolls back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(String name) {
        jdbc.queryForObject("select name from app_lock where name = ? for update", String.class, name);
    }
}
