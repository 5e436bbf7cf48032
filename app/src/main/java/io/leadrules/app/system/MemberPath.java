package io.leadrules.app.system;

import java.util.List;
import tools.jackson.core.JacksonException;

/** A JSON location as clients write it: {@code lead.companySize}, {@code activities[3].type}. */
final class MemberPath {

    private MemberPath() {
    }

    /** The path of the references, ending in {@code last} unless the references already do. */
    static String of(List<JacksonException.Reference> references, String last) {
        StringBuilder path = new StringBuilder();
        String lastName = null;
        for (JacksonException.Reference reference : references) {
            lastName = reference.getPropertyName();
            if (lastName != null) {
                appendName(path, lastName);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (last != null && !last.equals(lastName)) {
            appendName(path, last);
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static void appendName(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }
}
