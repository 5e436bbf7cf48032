package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Each difference between spreadsheet tools, made with POI in the smallest table that shows it: what the workbook
 * reading layer and Drools read after {@link WorkbookNormalisation}.
 */
class WorkbookNormalisationTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @Test
    void aPatternMergedOverTwoConditionsWhoseInnerCellIsAbsentStillSpansBoth() {
        TableWorkbook table = sizeBands(new Object[] {"FIT-SIZE-MID", 50, 200, 60});
        Sheet sheet = table.workbook().getSheet("Size");
        Row objects = sheet.getRow(7);
        objects.removeCell(objects.getCell(3));

        try (CompiledRuleSet rules = compiler.compile("t", List.of(new RuleFile("Size.drl.xlsx", table.bytes())))) {
            assertThat(rules.catalog().byId("FIT-SIZE-MID")).isPresent();
        }
    }

    @Test
    void aMergedRegionOverTheWholeSheetCreatesOnlyTheCellsOfTheUsedArea() {
        TableWorkbook table = sizeBands(new Object[] {"FIT-SIZE-MID", 50, 200, 60});
        table.workbook().getSheet("Size").addMergedRegion(new CellRangeAddress(19, 1_048_575, 7, 8));

        try (CompiledRuleSet rules = compiler.compile("t", List.of(new RuleFile("Size.drl.xlsx", table.bytes())))) {
            assertThat(rules.catalog().byId("FIT-SIZE-MID")).isPresent();
        }
    }

    @Test
    void mergedRegionsThatWouldCreateTooManyCellsAreRefusedNamingTheSheet() {
        TableWorkbook table = sizeBands(new Object[] {"FIT-SIZE-MID", 50, 200, 60});
        Sheet sheet = table.workbook().getSheet("Size");
        sheet.createRow(40).createCell(16383).setCellValue("far away");
        sheet.addMergedRegion(CellRangeAddress.valueOf("A30:XFD41"));

        assertThatThrownBy(() -> compiler.compile("t", List.of(new RuleFile("Size.drl.xlsx", table.bytes()))))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.sheet()).isEqualTo("Size");
                            assertThat(p.message()).contains("merged").contains("unmerge");
                        }));
    }

    @Test
    void aNumberStoredAsTextInAMatchColumnIsReadAsThatNumberByUsAndByDrools() {
        RuleFile file = new RuleFile("ProfileFit.drl.xlsx", TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-DIRECTOR", "director", "80.0", "Directors decide"},
                new Object[] {"FIT-ROLE-MANAGER", "manager", "\u00a070 ", "Managers influence"}).bytes());

        assertThat(values(file, 3)).containsExactly("80", "70");
        try (CompiledRuleSet rules = compiler.compile("t", List.of(file))) {
            assertThat(rules.catalog().byId("FIT-ROLE-MANAGER")).isPresent();
        }
    }

    @Test
    void aNumberLikeTextInATextColumnStaysAsTyped() {
        RuleFile file = new RuleFile("ProfileFit.drl.xlsx", TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-CODE", "30.0", 80, "A job code"}).bytes());

        assertThat(values(file, 2)).containsExactly("30.0");
    }

    @Test
    void aThousandsSeparatorInANumberColumnIsRefusedAtItsCellRatherThanGuessed() {
        RuleFile file = new RuleFile("ProfileFit.drl.xlsx", TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-DIRECTOR", "director", "1,000", "Directors decide"}).bytes());

        assertThatThrownBy(() -> compiler.compile("t", List.of(file)))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.cell()).isEqualTo("D11");
                            assertThat(p.message()).startsWith("\"1,000\" is not a number")
                                    .contains("thousands separator").contains("1000");
                        }));
    }

    @Test
    void aDateCellReadsAsItsIsoDayWhateverItsDisplayFormat() {
        RuleFile file = withCell(c -> {
            c.setCellValue(LocalDate.of(2026, 3, 31));
            c.setCellStyle(style(c, "m/d/yy"));
        });

        assertThat(values(file, 2)).containsExactly("2026-03-31");
    }

    @Test
    void aDateWithATimeReadsAsItsIsoDateTime() {
        RuleFile file = withCell(c -> {
            c.setCellValue(LocalDateTime.of(2026, 3, 31, 9, 30));
            c.setCellStyle(style(c, "d.m.yyyy h:mm"));
        });

        assertThat(values(file, 2)).containsExactly("2026-03-31T09:30");
    }

    @Test
    void aYesNoCellReadsAsLowerCaseTrueOrFalse() {
        RuleFile file = withCell(c -> c.setCellValue(true));

        assertThat(values(file, 2)).containsExactly("true");
    }

    @Test
    void aTextWithSpacesAroundItIsStrippedOfNoBreakSpacesToo() {
        assertThat(WorkbookNormalisation.strip("\u00a0 30\u202f")).isEqualTo("30");
    }

    /** The values of one column of the first table, as the reading layer gives them to every check and to Drools. */
    private static List<String> values(RuleFile file, int column) {
        DecisionTable table = DecisionTableWorkbook.open(file).tables().get(0);
        return table.rows().stream().map(r -> r.values().get(column)).toList();
    }

    /** A role table whose "Job title contains" cell of its one row is written by {@code write}. */
    private static RuleFile withCell(Consumer<Cell> write) {
        TableWorkbook table = TableWorkbook.roleTable(new Object[] {"FIT-ROLE-X", "placeholder", 80, "Reason"});
        XSSFWorkbook workbook = table.workbook();
        write.accept(workbook.getSheet("Role").getRow(10).getCell(2));
        return new RuleFile("ProfileFit.drl.xlsx", table.bytes());
    }

    private static CellStyle style(Cell cell, String format) {
        XSSFWorkbook workbook = (XSSFWorkbook) cell.getSheet().getWorkbook();
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** A size-band table whose object type (C8) is merged over its two CONDITION columns, D8 present and blank. */
    private static TableWorkbook sizeBands(Object[]... rows) {
        TableWorkbook table = new TableWorkbook().sheet("Size", "leadrules.custom", "fit",
                new String[] {"NAME", "CONDITION", "CONDITION", "ACTION"},
                new String[] {"", "l : Lead", "", ""},
                new String[] {"", "companySize >= $param", "companySize < $param",
                        "insert(new FitMatch(\"SIZE\", $param, drools.getRule().getName()));"},
                new String[] {"Rule ID", "Size at least", "Size less than", "Match (0-100)"}, rows);
        table.workbook().getSheet("Size").addMergedRegion(new CellRangeAddress(7, 7, 2, 3));
        return table;
    }
}
