package io.leadrules.app.system;

import java.util.List;

/**
 * How a feature makes its problem types known: a bean listing them (usually every constant of the feature's enum).
 * {@link ProblemTypes} gathers every catalog, so the problem pages serve a type without this package naming it.
 */
public interface ProblemCatalog {

    List<? extends ProblemType> problemTypes();
}
