package io.leadrules.app.scoring.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code score}: {@code --input}, {@code --output} (a file, or {@code -} for stdin/stdout), the
 * formats (by extension, or {@code --input-format}/{@code --format} {@code csv|ndjson}), {@code --explain full}
 * {@code --rules <folder or .zip>} and {@code --activities <acts.csv>} (a CSV input's activities as a second file,
 * grouped in the order of the leads; see {@code ActivitiesJoin}). An unknown option or a missing value is a usage
 * error.
 */
record CommandOptions(String input, String output, BatchFormat inputFormat, BatchFormat outputFormat,
                      boolean explain, String rules, String activities) {

    static final String USAGE = "usage: java -jar app.jar score --input <leads.csv|leads.ndjson|-> "
            + "--output <scores.csv|scores.ndjson|-> [--input-format csv|ndjson] [--format csv|ndjson] "
            + "[--explain full] [--rules <folder or .zip>] [--activities <activities.csv>]";
    private static final Set<String> NAMES = Set.of("--input", "--output", "--input-format", "--format", "--explain",
            "--rules", "--activities");

    /** Reads {@code args} (the first being {@code score}); an {@link IllegalArgumentException} says what is wrong. */
    static CommandOptions parse(String[] args) {
        Map<String, String> values = values(List.of(args).subList(1, args.length));
        String input = required(values, "--input");
        String output = required(values, "--output");
        BatchFormat in = format(values.get("--input-format"), input, BatchFormat.CSV);
        BatchFormat out = format(values.get("--format"), output, in);
        String explain = values.getOrDefault("--explain", "summary");
        if (!explain.equals("summary") && !explain.equals("full")) {
            throw new IllegalArgumentException("--explain takes summary or full, not " + explain);
        }
        String activities = values.get("--activities");
        if (activities != null && (in != BatchFormat.CSV || activities.equals(input))) {
            throw new IllegalArgumentException("--activities goes with a CSV --input, and is another file");
        }
        return new CommandOptions(input, output, in, out, explain.equals("full"), values.get("--rules"), activities);
    }

    private static Map<String, String> values(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            values.put(name, args.get(i + 1));
        }
        return values;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** The format named, else the file's extension, else the fallback (stdin/stdout, an unknown extension). */
    private static BatchFormat format(String named, String file, BatchFormat fallback) {
        if (named != null) {
            return BatchFormat.named(named).orElseThrow(() -> new IllegalArgumentException("the format is csv or "
                    + "ndjson, not " + named));
        }
        return BatchFormat.named(file).orElse(fallback);
    }
}
