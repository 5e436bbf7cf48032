package io.leadrules.app.ruleset.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Counts the rows of every sheet of a workbook as a person sees them: to the last row number that holds anything
 * (a value, or only formatting), as POI's {@code getLastRowNum() + 1} does. The sheets are streamed through POI's
 * hardened SAX reader, so a sheet of a million rows is refused without ever being held in memory. The workbook is not
 * opened whole here: a workbook of a million cells costs seconds and hundreds of MB to open, and uploads are checked
 * concurrently; the compiler opens it once, one upload at a time, and names the file if POI cannot read it (422).
 */
final class WorkbookRows {

    private WorkbookRows() {
    }

    /** A sheet that goes further down than allowed, and the number of its last row. */
    record TallSheet(String name, long lastRow) {
    }

    /** The first sheet with more rows than {@code maxRows}; empty when every sheet fits. */
    static Optional<TallSheet> firstBeyond(byte[] content, int maxRows) throws IOException, OpenXML4JException, SAXException {
        OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content));
        try {
            XSSFReader.SheetIterator sheets = new XSSFReader(workbook).getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    long lastRow = lastRow(sheet, maxRows);
                    if (lastRow > maxRows) {
                        return Optional.of(new TallSheet(sheets.getSheetName(), lastRow));
                    }
                }
            }
            return Optional.empty();
        } finally {
            workbook.revert();
        }
    }

    private static long lastRow(InputStream sheet, int maxRows) throws IOException, SAXException {
        RowCounter counter = new RowCounter(maxRows);
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(counter);
            reader.parse(new InputSource(sheet));
        } catch (RowCounter.Enough enough) {
            return counter.lastRow;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No SAX parser: " + e.getMessage(), e);
        }
        return counter.lastRow;
    }

    /** Keeps the highest row number ({@code r}, or the one after the previous row); stops once past the limit. */
    private static final class RowCounter extends DefaultHandler {

        private static final class Enough extends SAXException {
        }

        private final int maxRows;
        private long lastRow;

        RowCounter(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("row".equals(localName)) {
                long number = number(attributes.getValue("r"));
                lastRow = number > 0 ? Math.max(lastRow, number) : lastRow + 1;
                if (lastRow > maxRows) {
                    throw new Enough();
                }
            }
        }

        private static long number(String r) {
            try {
                return r == null ? 0 : Long.parseLong(r.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
