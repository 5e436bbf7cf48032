package io.leadrules.app.console.leads;

import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Where an explanation line came from, as a link to the rule's source page (built by the Model pages):
 * {@code /console/sources/{version}/{file}?sheet=..&cell=..#row-N} for a spreadsheet row (N: the row of the Rule ID
 * cell, the anchor the page scrolls to), {@code /console/sources/{version}/{file}?line=N} for a DRL rule. Every part
 * is URL-encoded: a file or sheet name is the workbook author's text.
 */
final class SourceLinks {

    static final String ROW_ANCHOR = "row-";

    private SourceLinks() {
    }

    /** The link for a fired rule's {@code source} record under the decision's rule version, or null without one. */
    static String of(String version, JsonNode source) {
        String file = text(source, "file");
        if (version == null || file == null) {
            return null;
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/sources/{version}/{file}");
        String sheet = text(source, "sheet");
        String cell = text(source, "cell");
        JsonNode line = source.get("line");
        if (sheet != null && cell != null) {
            link.queryParam("sheet", "{sheet}").queryParam("cell", "{cell}").fragment(ROW_ANCHOR + row(cell));
        } else if (line != null && line.isNumber()) {
            link.queryParam("line", line.asInt());
        }
        return link.encode().buildAndExpand(java.util.Map.of("version", version, "file", file,
                "sheet", sheet == null ? "" : sheet, "cell", cell == null ? "" : cell)).toUriString();
    }

    /** The row number of a cell reference: 15 for B15. */
    static String row(String cell) {
        return cell.replaceAll("^[A-Za-z$]+", "").replace("$", "");
    }

    private static String text(JsonNode node, String name) {
        JsonNode member = node == null ? null : node.get(name);
        return member == null || member.isNull() ? null : member.asString();
    }
}
