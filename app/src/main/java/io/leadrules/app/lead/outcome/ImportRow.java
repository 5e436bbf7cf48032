package io.leadrules.app.lead.outcome;

import java.util.Map;

/**
 * One row of an import as read, before it is judged: its line (the first line of the file is 1, a CSV's header
 * included) and its cells by column or member name, blank cells left out.
 */
record ImportRow(long line, Map<String, String> cells) {
}
