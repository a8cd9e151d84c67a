package id.kawal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Kawal node: the packaged jar started as a process of its own on a port, against a shared database.
 * Its output goes to {@code target/cluster-it/<name>.log}.
 */
final class KawalNode {

    private final String name;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    KawalNode(String name, int port, String jdbcUrl, String user, String... extra) {
        this.name = name;
        this.port = port;
        this.log = Path.of("target", "cluster-it", name + ".log");
        this.arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                // the demo's accounts and cases are what the cluster test walks
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--kawal.base-url=http://localhost:" + port,
                // a killed node's jobs go to the others after 10 s (production: a minute)
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=300",
                "--camunda.bpm.job-execution.max-wait=1000"));
        this.arguments.addAll(List.of(extra));
    }

    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("kawal-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run mvn verify (package comes first)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start() {
        try {
            Files.createDirectories(log.getParent());
            Path workingDirectory = Files.createDirectories(Path.of("target", "cluster-it", name));
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar", jar().toAbsolutePath().toString()));
            command.addAll(arguments);
            process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node " + name, e);
        }
    }

    /** Waits until the node says it is ready for traffic (readiness probe UP). */
    void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Node " + name + " not ready after " + timeout + "; see " + log);
    }

    /** {@code kill -9}: no shutdown hook, no graceful anything. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String name() {
        return name;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
