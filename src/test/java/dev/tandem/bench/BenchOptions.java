package dev.tandem.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the generator is asked for: {@code --scale S|M|L} (1,000, 10,000 or 100,000 partnerships) or
 * {@code --partnerships N}, {@code --out DIR} for the files the load scenarios read, {@code --seed},
 * {@code --threads} and the owner's {@code --email}. Every other argument goes to Spring, e.g.
 * {@code --spring.datasource.url=…}.
 */
record BenchOptions(int partnerships, long seed, int threads, String email, Path out, List<String> springArgs) {

    static BenchOptions parse(String... args) {
        int partnerships = 1_000;
        long seed = 42;
        int threads = 2;
        String email = "bench@tandem.local";
        Path out = Path.of("bench", "work", "data");
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> partnerships = scale(args[++i]);
                case "--partnerships" -> partnerships = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--email" -> email = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> spring.add(args[i]);
            }
        }
        return new BenchOptions(partnerships, seed, threads, email, out, spring);
    }

    static int scale(String scale) {
        return switch (scale.toUpperCase(Locale.ROOT)) {
            case "S" -> 1_000;
            case "M" -> 10_000;
            case "L" -> 100_000;
            default -> throw new IllegalArgumentException("scale is S, M or L, not " + scale);
        };
    }

    /** The database URL given to Spring, if any (else the application's default, or the environment's). */
    String databaseUrl() {
        return springArg("spring.datasource.url");
    }

    /** The Spring property {@code name} given as {@code --name=value}, else its environment variable, else "". */
    String springArg(String name) {
        return springArgs.stream()
                .filter(a -> a.startsWith("--" + name + "="))
                .findFirst()
                .map(a -> a.substring(name.length() + 3))
                .orElse(System.getenv()
                        .getOrDefault(
                                name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", ""), ""));
    }
}
