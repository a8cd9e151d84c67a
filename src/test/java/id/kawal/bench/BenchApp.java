package id.kawal.bench;

import id.kawal.KawalApplication;
import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.support.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole app in the benchmark's JVM, on H2 files in a temporary folder or on the embedded PostgreSQL. */
final class BenchApp implements AutoCloseable {

    static final String PASSWORD = "bench-password";

    final ConfigurableApplicationContext context;
    final String database;

    private BenchApp(ConfigurableApplicationContext context, String database) {
        this.context = context;
        this.database = database;
    }

    /**
     * @param database {@code h2} or {@code postgres}
     * @param web      whether to listen on a port (for benchmarks that go through HTTP)
     */
    static BenchApp start(String database, boolean web, String... extra) {
        List<String> args = new ArrayList<>();
        switch (database) {
            case "h2" -> {
                try {
                    Path folder = Files.createTempDirectory("kawal-bench-h2");
                    args.add("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("kawal") + ";DB_CLOSE_ON_EXIT=FALSE");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case "postgres" -> {
                args.add("--spring.datasource.url=" + TestPostgres.newDatabase("kawal_bench"));
                args.add("--spring.datasource.username=" + TestPostgres.USER);
                args.add("--spring.datasource.password=");
            }
            default -> throw new IllegalArgumentException("--db=h2 or --db=postgres, not " + database);
        }
        args.addAll(List.of("--kawal.demo.enabled=false", "--kawal.admin.password=" + PASSWORD + "-admin",
                "--camunda.bpm.job-execution.enabled=false", "--server.port=" + (web ? "0" : "-1"),
                "--logging.level.root=WARN", "--logging.level.id.kawal=WARN"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KawalApplication.class)
                .run(args.toArray(String[]::new));
        if ("postgres".equals(database)) {
            TestPostgres.stopsBeforeServer(context);
        }
        return new BenchApp(context, database);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A mentor, a coach and an examiner (and more of each when asked), all with {@link #PASSWORD}. */
    void people(String... usernames) {
        UserAccountService accounts = bean(UserAccountService.class);
        for (String username : usernames) {
            if (accounts.exists(username)) {
                continue;
            }
            Role role = username.startsWith("mentor") ? Role.MENTOR : username.startsWith("coach") ? Role.COACH
                    : username.startsWith("penguji") ? Role.EXAMINER : Role.ADMIN;
            accounts.createUser(username, PASSWORD, new Person(username, "Bench " + username, null, "Jabatan", "Instansi"),
                    List.of(role));
        }
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
    }

    @Override
    public void close() {
        context.close();
    }
}
