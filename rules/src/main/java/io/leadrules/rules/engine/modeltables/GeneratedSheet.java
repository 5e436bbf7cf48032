package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.DecisionTable;
import java.util.List;

/** The DRL LeadRules wrote for one sheet of model tables, with the tables it was written from. */
public record GeneratedSheet(String file, String sheet, String drl, List<DecisionTable> tables) {
}
