package id.kawal.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} arguments of the benchmarks. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                if (part.startsWith("--") && part.contains("=")) {
                    options.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
                } else if (!part.isBlank()) {
                    throw new IllegalArgumentException("Unknown argument " + part + " (expected --name=value)");
                }
            }
        }
        return options;
    }
}
