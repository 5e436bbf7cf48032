package io.leadrules.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role matrix of docs/security.md, read as its reader sees it: the table whose header starts
 * {@code | Endpoint |}, one row per {@code METHOD path}, one column per role and {@code none}, each cell
 * {@code allowed} or {@code denied}.
 */
final class RoleMatrix {

    static final Path DOCUMENT = Path.of("..", "docs", "security.md");
    static final String NONE = "none";

    /** One row: the endpoint, and per column (a role's name, or {@value #NONE}) whether it may call it. */
    record Row(String method, String path, Map<String, Boolean> allowed) {

        String endpoint() {
            return method + " " + path;
        }
    }

    private RoleMatrix() {
    }

    static List<Row> read() {
        try {
            return parse(Files.readAllLines(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(List<String> lines) {
        int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("| Endpoint |")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no role matrix (| Endpoint | ...) in " + DOCUMENT)));
        List<String> columns = cells(lines.get(header)).subList(1, cells(lines.get(header)).size());
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(row(cells(line), columns));
        }
        return rows;
    }

    private static Row row(List<String> cells, List<String> columns) {
        String[] endpoint = cells.get(0).replace("`", "").split(" ", 2);
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String cell = cells.get(i + 1);
            if (!cell.equals("allowed") && !cell.equals("denied")) {
                throw new IllegalStateException("cell '" + cell + "' of " + cells.get(0) + " is neither allowed nor denied");
            }
            allowed.put(columns.get(i), cell.equals("allowed"));
        }
        return new Row(endpoint[0], endpoint[1], allowed);
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }
}
