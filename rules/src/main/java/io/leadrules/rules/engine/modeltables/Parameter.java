package io.leadrules.rules.engine.modeltables;

import java.math.BigDecimal;

/**
 * A named value of the model: typed in one cell of the Parameters table (or worked out from the tables, such as the
 * activity types the Points table scores) and inlined wherever a rule or a cell names it.
 *
 * @param where the cell it is typed in ("Model.drl.xlsx, sheet Parameters, cell C14"), or how it is worked out
 */
record Parameter(String name, ParameterType type, String value, String where) {

    /** The DRL literal the parameter is replaced with. */
    String literal() {
        return switch (type) {
            case NUMBER -> Literals.number(new BigDecimal(value));
            case YES_NO -> Boolean.toString(value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true"));
            case TEXT, LIST -> Literals.string(value);
        };
    }

    BigDecimal number() {
        return new BigDecimal(value);
    }
}
