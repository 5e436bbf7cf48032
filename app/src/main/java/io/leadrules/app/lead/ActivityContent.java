package io.leadrules.app.lead;

import io.leadrules.app.system.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What an activity says, for telling a repeated post (the same id, the same content: accepted again, counted once)
 * from a different activity under a taken id (a conflict). Values compare as numbers ({@code 120} is
 * {@code 120.000000}); no properties and empty properties are the same.
 */
record ActivityContent(String type, Instant occurredAt, String detail, BigDecimal value,
                       Map<String, String> properties) {

    private static final int SHOWN = 60;

    static Map<String, String> propertiesOf(Map<String, String> properties) {
        return properties == null ? Map.of() : properties;
    }

    /** What differs from {@code kept}, named {@code activities[i].member}: "stored 120, sent 90". */
    List<FieldProblem> differences(String path, ActivityContent kept, String keptAs) {
        List<FieldProblem> differences = new ArrayList<>();
        differ(differences, path + ".type", kept.type, type, keptAs);
        differ(differences, path + ".occurredAt", kept.occurredAt, occurredAt, keptAs);
        differ(differences, path + ".detail", kept.detail, detail, keptAs);
        if (!sameNumber(kept.value, value)) {
            differences.add(difference(path + ".value", shown(kept.value), shown(value), keptAs));
        }
        TreeSet<String> names = new TreeSet<>(propertiesOf(kept.properties).keySet());
        names.addAll(propertiesOf(properties).keySet());
        for (String name : names) {
            differ(differences, path + ".properties." + name, propertiesOf(kept.properties).get(name),
                    propertiesOf(properties).get(name), keptAs);
        }
        return differences;
    }

    private static void differ(List<FieldProblem> differences, String field, Object kept, Object sent,
                               String keptAs) {
        if (!Objects.equals(kept, sent)) {
            differences.add(difference(field, shown(kept), shown(sent), keptAs));
        }
    }

    private static FieldProblem difference(String field, String kept, String sent, String keptAs) {
        return new FieldProblem(field, keptAs + " " + kept + ", sent " + sent);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String shown(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof BigDecimal number) {
            BigDecimal plain = number.stripTrailingZeros();
            return plain.precision() - plain.scale() > SHOWN ? plain.toString() : plain.toPlainString();
        }
        String text = value.toString();
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
    }
}
