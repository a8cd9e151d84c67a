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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Seconds from {@code java} until the readiness probe says UP, for the packaged jar in an empty folder (H2 files
 * created, schema migrated, demo loaded: what a newcomer's first start does), and, as the baseline in the same
 * run, the restart of the same folder (schema and demo already there). Also the seconds until the port answers at
 * all, to show the gap in which the node listens but is not ready.
 *
 * <p>Three ways to launch the same jar: {@code java -jar} on the fat jar as built; the jar extracted by Spring
 * Boot's {@code -Djarmode=tools extract} (plain jars on the class path, no nested-jar reading); and that, with a
 * class data sharing archive made once by a training start ({@code -XX:ArchiveClassesAtExit}: a first start with the
 * demo on a scratch folder, stopped once ready), the way the README recommends; and that with only the JIT's first
 * tier, as {@code mvn spring-boot:run} launches the demo (the Spring Boot Maven plugin's optimised launch); and
 * that with the heap settings {@code mvn spring-boot:run} adds (a heap sized for the start, in huge pages on Linux).
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
        Path jar = jar().toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path extracted = Files.createTempDirectory("kawal-extracted");
        exec(extracted, List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", "app"));
        Path extractedJar = extracted.resolve("app").resolve(jar.getFileName());
        Path archive = extracted.resolve("app").resolve("kawal.jsa");
        Path training = Files.createTempDirectory("kawal-training");
        // the training start is a whole first start, the demo included, stopped once ready: the archive then holds
        // the classes the demo loads too (the engine's steps, PDFBox, the signing), not only those of the context
        start(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", extractedJar.toString()), training, 18079);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("The training start wrote no archive; see " + training.resolve("kawal.log"));
        }
        Map<String, List<String>> launches = new LinkedHashMap<>();
        launches.put("java -jar (fat jar)", List.of(java, "-jar", jar.toString()));
        launches.put("extracted jar", List.of(java, "-jar", extractedJar.toString()));
        launches.put("extracted jar + CDS archive", List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", extractedJar.toString()));
        // the same, with the JIT's first tier only: faster to start on two cores, slower once warm
        launches.put("extracted jar + CDS archive + C1 only", List.of(java, "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-jar", extractedJar.toString()));
        // the same with the heap mvn spring-boot:run gives the demo (pom.xml): 1 GB from the start with a 512 MB
        // young generation (a start allocates about 2.5 GB, most of it short-lived: 5 collections instead of 15
        // to 19, and no heap growth), and on Linux the heap in transparent huge pages (far fewer page faults)
        List<String> demoLaunch = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-Xms1g", "-Xmn512m"));
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            demoLaunch.add("-XX:+UseTransparentHugePages");
        }
        demoLaunch.addAll(List.of("-jar", extractedJar.toString()));
        launches.put("the same + 1 GB heap, 512 MB young, huge pages: the demo launch", demoLaunch);
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> launch : launches.entrySet()) {
            List<Start> fresh = new ArrayList<>();
            List<Start> restart = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Path folder = Files.createTempDirectory("kawal-startup");
                fresh.add(start(launch.getValue(), folder, 18080 + i));
                restart.add(start(launch.getValue(), folder, 18080 + i));
                delete(folder);
            }
            double freshReady = Bench.median(fresh.stream().mapToDouble(Start::ready).toArray());
            double restartReady = Bench.median(restart.stream().mapToDouble(Start::ready).toArray());
            rows.add(String.format("| %s | empty folder: migrate + demo | %.1f | %.1f | %s | %.2f |", launch.getKey(),
                    Bench.median(fresh.stream().mapToDouble(Start::listening).toArray()), freshReady, seconds(fresh),
                    freshReady / restartReady));
            rows.add(String.format("| %s | restart (baseline) | %.1f | %.1f | %s | |", launch.getKey(),
                    Bench.median(restart.stream().mapToDouble(Start::listening).toArray()), restartReady, seconds(restart)));
        }
        delete(training);
        delete(extracted);
        System.out.printf("%nKawal start-up benchmark: %s, %d runs, %d cores%n", jar.getFileName(), runs,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| launch | start | port answers (s, median) | ready (s, median) | runs (ready, s) | empty/restart |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void exec(Path folder, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("out.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + folder.resolve("out.log"));
        }
    }

    private static String seconds(List<Start> starts) {
        return String.join(", ", starts.stream().map(s -> String.format("%.1f", s.ready())).toList());
    }

    private static Start start(List<String> launch, Path folder, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<String> command = new ArrayList<>(launch);
        command.add("--server.port=" + port);
        // a newcomer's first start: the demo, loaded into the empty folder
        command.add("--spring.profiles.active=demo");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command)
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

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("kawal-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Package first: mvn -q package -DskipTests"));
        }
    }
}
