package io.leadrules.app.ruleset.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte scan that keeps DTDs and entities away from every XML parser. */
class MarkupDeclarationsTest {

    @Test
    void findsADoctypeOrEntityInAnyCase() {
        assertThat(scan("<?xml version=\"1.0\"?><!DOCTYPE x><x/>")).contains("<!DOCTYPE");
        assertThat(scan("<x><!eNtItY e 'x'></x>")).contains("<!ENTITY");
    }

    @Test
    void findsThemInUtf16BothWays() {
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            MarkupDeclarations scan = new MarkupDeclarations();
            byte[] bytes = "<x/><!DocType x>".getBytes(charset);
            scan.accept(bytes, bytes.length);
            assertThat(scan.found()).as(charset.name()).isNotNull();
        }
    }

    @Test
    void findsADeclarationSplitAcrossChunks() {
        MarkupDeclarations scan = new MarkupDeclarations();
        byte[] first = "<x/><<!DOC".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "TYPE x>".getBytes(StandardCharsets.US_ASCII);

        scan.accept(first, first.length);
        assertThat(scan.found()).isNull();
        scan.accept(second, second.length);
        assertThat(scan.found()).isNotNull();
    }

    @Test
    void ordinaryWorkbookXmlPasses() {
        assertThat(scan("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet><!-- DOCTYPE -->"
                + "<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lt;!DOCTYPE</t></is></c></row></sheetData>"
                + "</worksheet>")).isNull();
    }

    private static String scan(String xml) {
        MarkupDeclarations scan = new MarkupDeclarations();
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        scan.accept(bytes, bytes.length);
        return scan.found();
    }
}
