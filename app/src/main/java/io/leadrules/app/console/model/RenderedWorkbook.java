package io.leadrules.app.console.model;

import java.util.List;

/** A workbook file rendered for a page: its sheets as grids; {@code readable} false when it could not be opened. */
public record RenderedWorkbook(String file, String id, List<SheetGrid> sheets, boolean readable) {
}
