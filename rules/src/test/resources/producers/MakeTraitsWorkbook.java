// Writes ProducerTraits.drl.xlsx with Apache POI, as the shipped workbooks are written: a developer table whose cells
// hold what tools write differently. Run by make-fixtures.sh: java -cp <POI jars> MakeTraitsWorkbook.java <out-dir>
//   - an object type (l : Lead) merged over three CONDITION columns, its inner cells present and blank (as POI,
//     Excel and LibreOffice write them; openpyxl drops them);
//   - numbers stored as text ("30", " 200 ") in a column whose code uses the value as a number;
//   - decimals (2500000.5) and whole numbers;
//   - real dates (a date-formatted number) compared as ISO text with a lead's date attribute.
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

public class MakeTraitsWorkbook {

    public static void main(String[] args) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("ProducerTraits");
            text(sheet, 0, 1, "Producer traits: a table whose cells differ most between spreadsheet tools");
            text(sheet, 2, 1, "A row warns about a lead whose company, revenue and sign-up day all match it.");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 6));
            text(sheet, 4, 0, "RuleSet", "leadrules.data_quality");
            text(sheet, 5, 0, "Import", "io.leadrules.rules.vocabulary.*");
            text(sheet, 6, 0, "RULEFLOW-GROUP", "data_quality");
            text(sheet, 8, 1, "RuleTable ProducerTraits");
            text(sheet, 9, 1, "NAME", "CONDITION", "CONDITION", "CONDITION", "ACTION", "METADATA");
            text(sheet, 10, 1, "", "l : Lead", "", "", "", "");
            sheet.addMergedRegion(new CellRangeAddress(10, 10, 2, 4));
            text(sheet, 11, 1, "", "companySize >= $param", "annualRevenue < $param",
                    "Text.sameText(text(\"signupDate\"), \"$param\")",
                    "insert(new Finding(\"PRODUCER_TRAIT\", \"lead.attributes.signupDate\", Severity.WARNING, "
                            + "\"$param\", drools.getRule().getName()));", "reason(\"$param\")");
            text(sheet, 12, 1, "Rule ID", "Company size at least", "Revenue less than", "Signed up on", "Warning",
                    "Reason");
            row(sheet, 13, date, "TRAIT-LAUNCH-DAY", "30", 2500000.5, LocalDate.of(2026, 3, 31),
                    "Signed up on launch day", "Launch-day sign-ups are checked by hand");
            row(sheet, 14, date, "TRAIT-LARGE-SPRING", " 200 ", 1000000000.25, LocalDate.of(2026, 4, 1),
                    "Large company signed up on the first of April", "A joke sign-up is likely");
            try (FileOutputStream out = new FileOutputStream(Path.of(args[0], "ProducerTraits.drl.xlsx").toFile())) {
                workbook.write(out);
            }
        }
    }

    private static void text(Sheet sheet, int row, int firstColumn, String... values) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty()) {
                r.createCell(firstColumn + i);
            } else {
                r.createCell(firstColumn + i).setCellValue(values[i]);
            }
        }
    }

    private static void row(Sheet sheet, int row, CellStyle dateStyle, String id, String sizeAsText, double revenue,
                            LocalDate day, String warning, String reason) {
        Row r = sheet.createRow(row);
        r.createCell(1).setCellValue(id);
        r.createCell(2).setCellValue(sizeAsText);
        r.createCell(3).setCellValue(revenue);
        r.createCell(4).setCellValue(day);
        r.getCell(4).setCellStyle(dateStyle);
        r.createCell(5).setCellValue(warning);
        r.createCell(6).setCellValue(reason);
    }
}
