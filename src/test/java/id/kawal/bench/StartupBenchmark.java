package id.kawal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Seconds from {@code java -jar} until the readiness probe says UP, for the packaged jar in an empty folder
 * (H2 files created, schema migrated, demo loaded: what a newcomer's first start does), and, as the baseline in
 * the same run, the restart of the same folder (schema and demo already there). Also the seconds until the port
 * answers at all, to show the gap in which the node listens but is not ready.
 *
 * <p>Run: {@code mvn -q package -DskipTests && mvn -q test-compile exec:java@startup -Dexec.args="--runs=3"}
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    record Start(double listening, double ready) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Path jar = jar();
        List<Start> fresh = new ArrayList<>();
        List<Start> restart = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path folder = Files.createTempDirectory("kawal-startup");
            fresh.add(start(jar, folder, 18080 + i));
            restart.add(start(jar, folder, 18080 + i));
        }
        double freshReady = median(fresh.stream().mapToDouble(Start::ready).toArray());
        double restartReady = median(restart.stream().mapToDouble(Start::ready).toArray());
        System.out.printf("%nKawal start-up benchmark: %s, %d runs, %d cores%n", jar.getFileName(), runs,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| start | port answers (s, median) | ready (s, median) | runs (ready, s) |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| empty folder: migrate + demo | %.1f | %.1f | %s |%n",
                median(fresh.stream().mapToDouble(Start::listening).toArray()), freshReady, seconds(fresh));
        System.out.printf("| restart (baseline) | %.1f | %.1f | %s |%n",
                median(restart.stream().mapToDouble(Start::listening).toArray()), restartReady, seconds(restart));
        System.out.printf("| ratio | | %.2f | |%n", freshReady / restartReady);
    }

    private static String seconds(List<Start> starts) {
        return String.join(", ", starts.stream().map(s -> String.format("%.1f", s.ready())).toList());
    }

    private static Start start(Path jar, Path folder, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.toAbsolutePath().toString(), "--server.port=" + port)
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("kawal.log").toFile()).start();
        double listening = -1;
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kawal exited; see " + folder.resolve("kawal.log"));
                }
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (listening < 0) {
                        listening = (System.nanoTime() - t0) / 1e9;
                    }
                    if (response.statusCode() == 200 && response.body().contains("UP")) {
                        return new Start(listening, (System.nanoTime() - t0) / 1e9);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if ((System.nanoTime() - t0) / 1e9 > 180) {
                    throw new IllegalStateException("Not ready after 180 s; see " + folder.resolve("kawal.log"));
                }
                Thread.sleep(50);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("kawal-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Package first: mvn -q package -DskipTests"));
        }
    }
}
