package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/security.md's console table says what {@link PageRoles} decides: no page reaches a role the doc denies. */
class PageRolesDocumentTest {

    private static final Pattern PATH = Pattern.compile("`(/[^`]*)`");

    @Test
    void theDocumentedConsoleTableIsTheOneTheChainIsBuiltFrom() throws IOException {
        Set<String> documented = new HashSet<>();
        for (String row : tableRows()) {
            String[] cells = row.split("\\|");
            Set<String> methods = Arrays.stream(cells[2].split(",")).map(String::strip).collect(Collectors.toSet());
            String roles = roles(cells[3].strip());
            Matcher paths = PATH.matcher(cells[1]);
            while (paths.find()) {
                for (String method : methods) {
                    documented.add(method + " " + paths.group(1) + " " + roles);
                }
            }
        }
        Set<String> decided = new HashSet<>();
        PageRoles.TABLE.forEach(page -> decided.add(page.method().name() + " " + page.path() + " "
                + roles(page.roles())));
        PageRoles.OPEN.forEach(path -> decided.add("GET " + path + " open"));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(decided);
    }

    private static String roles(String cell) {
        if (cell.equals("open")) {
            return "open";
        }
        if (cell.equals("any signed-in person")) {
            return roles(EnumSet.allOf(Role.class));
        }
        return roles(Arrays.stream(cell.split(",")).map(String::strip).map(Role::valueOf).collect(Collectors.toSet()));
    }

    private static String roles(Set<Role> roles) {
        return EnumSet.copyOf(roles).toString();
    }

    private static List<String> tableRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "security.md"));
        int header = lines.indexOf("| Pages | Method | Roles |");
        assertThat(header).as("the console table in docs/security.md").isPositive();
        return lines.subList(header + 2, lines.size()).stream().takeWhile(line -> line.startsWith("|")).toList();
    }
}
