package io.leadrules.app.console.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Renders a decision-table workbook (.drl.xlsx, .scenarios.xlsx) as the grids a person sees in a spreadsheet app,
 * for any console page: visible sheets, rows and columns only (the hidden technical Drools rows are left out, unless
 * a {@link GridMarks} mark is on them), merged cells shown once, values as the app formats them, formulas as their
 * last computed value. Read with Apache POI, as the rules module reads them; the bytes are a stored version's or an
 * upload that passed the upload's checks (size, rows, zip bombs) already. Every text is data for {@code th:text}.
 */
public final class WorkbookGrids {

    private WorkbookGrids() {
    }

    /**
     * The workbook's sheets.
     *
     * @param id    the anchor prefix of this workbook in the page ({@code "w0"}): sheet ids are {@code w0-s1}
     * @param marks what the page marks on it
     */
    public static RenderedWorkbook render(String file, byte[] content, String id, GridMarks marks) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            List<SheetGrid> sheets = new ArrayList<>();
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                Sheet sheet = workbook.getSheetAt(index);
                boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
                if (!hidden || marks.marks(sheet.getSheetName())) {
                    sheets.add(new SheetReading(sheet, id + "-s" + index, marks).grid());
                }
            }
            return new RenderedWorkbook(file, id, sheets, true);
        } catch (IOException | RuntimeException unreadable) {
            return new RenderedWorkbook(file, id, List.of(), false);
        }
    }

    /**
     * Only the sheets that hold a mark (an error, a changed cell), for pages about those marks; all of them when none
     * does.
     */
    public static RenderedWorkbook renderMarked(String file, byte[] content, String id, GridMarks marks) {
        RenderedWorkbook all = render(file, content, id, marks);
        List<SheetGrid> marked = all.sheets().stream().filter(sheet -> marks.marks(sheet.name())).toList();
        return marked.isEmpty() ? all : new RenderedWorkbook(file, id, marked, all.readable());
    }

    /** Whether the file is a workbook this renderer draws. */
    public static boolean isWorkbook(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
