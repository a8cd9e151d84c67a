package id.kawal.system;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Waits for a database that is not reachable yet (a server still starting, a network not up) before
 * anything else touches it: Liquibase, the connection pool and the engine would otherwise fail at once
 * with a stack trace. Opens one plain JDBC connection with {@code spring.datasource.url}, {@code username}
 * and {@code password}, again every two seconds, for at most {@code kawal.database.startup-wait}; then
 * refuses to start with a message that names the URL (never the password). An embedded H2 database is
 * not waited for. A database that answers but refuses the connection (wrong password, unknown database)
 * ends the wait at once; the connection pool then reports the error as usual.
 * <p>
 * Registered in {@code META-INF/spring.factories}, it runs while the environment is prepared, right
 * after logging is set up and before the application context exists.
 */
public class DatabaseStartupWait implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupWait.class);
    static final Duration RETRY_EVERY = Duration.ofSeconds(2);
    private static final Duration REMIND_EVERY = Duration.ofSeconds(30);

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank() || isEmbedded(url)) {
            return;
        }
        Binder binder = Binder.get(environment);
        Duration wait = binder.bindOrCreate("kawal.database", KawalProperties.Database.class).startupWait();
        Properties connection = new Properties();
        binder.bind("spring.datasource.hikari.data-source-properties", Bindable.mapOf(String.class, String.class))
                .ifBound(connection::putAll);
        putIfText(connection, "user", environment.getProperty("spring.datasource.username"));
        putIfText(connection, "password", environment.getProperty("spring.datasource.password"));
        String driverClass = environment.getProperty("spring.datasource.driver-class-name");
        if (driverClass == null) {
            driverClass = DatabaseDriver.fromJdbcUrl(url).getDriverClassName();
        }
        Driver driver = driver(driverClass, event.getSpringApplication().getClassLoader());
        if (driver == null) {
            return;
        }
        awaitDatabase(driver, url, connection, wait);
    }

    void awaitDatabase(Driver driver, String url, Properties connection, Duration wait) {
        String where = mask(url);
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        long nextReminder = start + REMIND_EVERY.toNanos();
        boolean waited = false;
        while (true) {
            SQLException failure;
            try (Connection ignored = driver.connect(url, connection)) {
                if (waited) {
                    log.info("Database {} is reachable after {} s; Kawal starts", where, seconds(System.nanoTime() - start));
                }
                return;
            } catch (SQLException e) {
                failure = e;
            }
            if (!isUnreachable(failure)) {
                log.warn("Database {} answers but refused the connection ({}); Kawal does not wait and starts, "
                        + "so that the connection pool reports the error", where, DatabaseFaults.rootCause(failure));
                return;
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                throw new StartupRefusedException("Database " + where + " is still not reachable after "
                        + seconds(now - start) + " s (kawal.database.startup-wait=" + wait + "): "
                        + DatabaseFaults.rootCause(failure) + "; Kawal does not start",
                        "Start the database, or check spring.datasource.url (KAWAL_DB_URL) and the network between "
                        + "Kawal and the database; kawal.database.startup-wait sets how long Kawal waits.");
            }
            if (!waited) {
                log.warn("Database {} is not reachable ({}); Kawal waits up to {} s for it (kawal.database.startup-wait), "
                        + "trying again every {} s", where, DatabaseFaults.rootCause(failure), wait.toSeconds(),
                        RETRY_EVERY.toSeconds());
                waited = true;
            } else if (now >= nextReminder) {
                log.warn("Still waiting for database {} ({} s so far): {}", where, seconds(now - start),
                        DatabaseFaults.rootCause(failure));
                nextReminder = now + REMIND_EVERY.toNanos();
            }
            sleep(Math.min(RETRY_EVERY.toNanos(), deadline - now), url);
        }
    }

    /** A server that cannot be reached (yet), as opposed to one that answers and says no. */
    static boolean isUnreachable(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && DatabaseFaults.isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** H2 in memory or in a file lives inside this process: nothing to wait for. */
    static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                || url.startsWith("jdbc:hsqldb:mem:") || url.startsWith("jdbc:hsqldb:file:")
                || url.startsWith("jdbc:derby:memory:");
    }

    /** The URL without any password given in it ({@code password=...}, {@code user:secret@host}). */
    static String mask(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }

    private static Driver driver(String className, ClassLoader classLoader) {
        if (className == null || className.isBlank()) {
            log.warn("No JDBC driver known for the configured database; Kawal does not wait for it");
            return null;
        }
        try {
            return (Driver) ClassUtils.forName(className, classLoader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            log.warn("JDBC driver {} cannot be loaded ({}); Kawal does not wait for the database", className, e.toString());
            return null;
        }
    }

    private static void putIfText(Properties properties, String key, String value) {
        if (value != null && !value.isEmpty()) {
            properties.put(key, value);
        }
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }

    private static void sleep(long nanos, String url) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(nanos, 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupRefusedException("Interrupted while waiting for database " + mask(url), "Start Kawal again.");
        }
    }
}
