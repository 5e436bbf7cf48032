package io.leadrules.app.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.app.system.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadLinesTest {

    @Test
    void aFinalLineWithoutALineBreakCountsAndAnEmptyBodyHasNone() {
        assertThat(counted("a\nb\nc")).isEqualTo(3);
        assertThat(counted("a\nb\n")).isEqualTo(2);
        assertThat(counted("")).isZero();
    }

    @Test
    void aLineLongerThanAllowedIsRefusedNamingItsNumberBeforeItEnds() {
        UploadLines lines = new UploadLines(10, 8);
        byte[] first = "ok\n12345678".getBytes(StandardCharsets.UTF_8);
        lines.count(first, first.length);

        assertThatThrownBy(() -> lines.count(new byte[] {'9'}, 1)).isInstanceOfSatisfying(ProblemException.class,
                problem -> {
                    assertThat(problem.type()).isEqualTo(LeadImportProblem.LINE_TOO_LONG);
                    assertThat(problem.properties()).containsEntry("line", 2L);
                });
    }

    @Test
    void oneLinePastTheMostAllowedIsRefusedEvenWhenEveryLineIsBlank() {
        UploadLines lines = new UploadLines(3, 100);
        byte[] three = "\n\n\n".getBytes(StandardCharsets.UTF_8);
        lines.count(three, three.length);

        assertThatThrownBy(() -> lines.count(new byte[] {'x'}, 1)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.type()).isEqualTo(LeadImportProblem.TOO_MANY_LINES));
    }

    private static long counted(String text) {
        UploadLines lines = new UploadLines(100, 100);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        lines.count(bytes, bytes.length);
        return lines.total();
    }
}
