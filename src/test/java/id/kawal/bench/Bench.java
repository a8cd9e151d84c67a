package id.kawal.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/** What the benchmarks share: their entry point, made-up NIPs and the median. */
final class Bench {

    private Bench() {
    }

    interface Run {
        void run(Map<String, String> options) throws Exception;
    }

    /** Runs a benchmark with its {@code --name=value} arguments and ends the JVM, whose engine threads would keep it up. */
    static void main(String[] args, Run benchmark) {
        int status = 0;
        try {
            benchmark.run(Options.parse(args));
        } catch (Throwable failure) {
            failure.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** A valid NIP for the n-th made-up civil servant, different for each n up to millions. */
    static String nip(int n) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 9000);
        return birth.toString().replace("-", "") + "199901" + "1" + String.format("%03d", 1 + n / 9000 % 999);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
