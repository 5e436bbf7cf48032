package io.leadrules.app.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks drawn as a person sees them: hidden rows, columns and sheets left out unless marked, merges once. */
class WorkbookGridsTest {

    @Test
    void hiddenRowsColumnsAndSheetsAreLeftOutAndAMergedAreaIsOneCell() throws IOException {
        RenderedWorkbook book = WorkbookGrids.render("T.drl.xlsx", workbook(), "w0", GridMarks.NONE);

        assertThat(book.readable()).isTrue();
        assertThat(book.sheets()).extracting(SheetGrid::name).containsExactly("Points");
        SheetGrid sheet = book.sheets().get(0);
        assertThat(sheet.columns()).containsExactly("A", "C", "D");
        assertThat(sheet.rows()).extracting(SheetGrid.Row::number).containsExactly(1, 3);
        SheetGrid.Cell title = sheet.rows().get(0).cells().get(0);
        assertThat(title.text()).isEqualTo("Title");
        assertThat(title.colspan()).as("A1:D1 over the visible A, C, D").isEqualTo(3);
        assertThat(sheet.rows().get(0).cells()).hasSize(1);
        assertThat(sheet.rows().get(1).cells()).extracting(SheetGrid.Cell::text).containsExactly("RULE-1", "10", "");
    }

    @Test
    void aMarkOnAHiddenRowOrColumnShowsItWithItsNote() throws IOException {
        GridMarks marks = new GridMarks().cell("Points", "B2", "error", "\"x\" is not a number");

        SheetGrid sheet = WorkbookGrids.render("T.drl.xlsx", workbook(), "w0", marks).sheets().get(0);

        assertThat(sheet.columns()).containsExactly("A", "B", "C", "D");
        assertThat(sheet.rows()).extracting(SheetGrid.Row::number).containsExactly(1, 2, 3);
        SheetGrid.Cell marked = sheet.rows().get(1).cells().get(1);
        assertThat(marked.id()).isEqualTo("w0-s0-B2");
        assertThat(marked.css()).isEqualTo("error");
        assertThat(marked.note()).isEqualTo("\"x\" is not a number");
    }

    @Test
    void aFileThatIsNotAWorkbookIsSaidToBeUnreadable() {
        RenderedWorkbook book = WorkbookGrids.render("T.drl.xlsx", "no".getBytes(StandardCharsets.UTF_8), "w0",
                GridMarks.NONE);

        assertThat(book.readable()).isFalse();
        assertThat(book.sheets()).isEmpty();
    }

    @Test
    void aDrlLineIsHighlightedWithTheWholeRuleAroundIt() {
        byte[] drl = "package p;\n\nrule \"R-1 A rule\"\nwhen\n    Lead()\nthen\n    x();\nend\n"
                .getBytes(StandardCharsets.UTF_8);

        int[] rule = SourceLines.ruleAround(drl, 5);

        assertThat(rule).containsExactly(3, 8);
        assertThat(SourceLines.of(drl, "w0", java.util.Map.of(), rule[0], rule[1]))
                .filteredOn(line -> "highlight".equals(line.css())).extracting(SourceLines.Line::number)
                .containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(SourceLines.ruleAround(drl, 1)).containsExactly(1, 1);
    }

    /** Sheet Points: A1:D1 merged, row 2 and column B hidden; a hidden sheet Technical. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet points = workbook.createSheet("Points");
            points.createRow(0).createCell(0).setCellValue("Title");
            points.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            XSSFRow technical = points.createRow(1);
            technical.createCell(0).setCellValue("CONDITION");
            technical.createCell(1).setCellValue("x");
            technical.setZeroHeight(true);
            XSSFRow rule = points.createRow(2);
            rule.createCell(0).setCellValue("RULE-1");
            rule.createCell(1).setCellValue("hidden column");
            rule.createCell(2).setCellValue(10);
            rule.createCell(3);
            points.setColumnHidden(1, true);
            workbook.createSheet("Technical");
            workbook.setSheetHidden(1, true);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
