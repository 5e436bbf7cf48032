package io.leadrules.rules.engine.modeltables;

import java.math.BigDecimal;

/** Values as DRL and Java literals: a string is quoted with every backslash, quote and control character escaped. */
final class Literals {

    private Literals() {
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x2028 || c == 0x2029 ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    /** A number as DRL reads it: a plain decimal, never an exponent. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
