package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void aLineOverTheCapComesBackTooLongAndTheLinesAroundItIntact() throws IOException {
        NdjsonLines lines = new NdjsonLines(new StringReader("{}\r\n" + "x".repeat(200_000) + "\n\n{\"a\":1}"), 10);

        assertThat(lines.next()).isEqualTo(new NdjsonLines.Line(1, "{}"));
        assertThat(lines.next().tooLong()).isTrue();
        assertThat(lines.next()).isEqualTo(new NdjsonLines.Line(3, ""));
        assertThat(lines.next()).isEqualTo(new NdjsonLines.Line(4, "{\"a\":1}"));
        assertThat(lines.next()).isNull();
    }

    @Test
    void aLineExactlyAtTheCapIsKept() throws IOException {
        NdjsonLines lines = new NdjsonLines(new StringReader("0123456789\n01234567890\n"), 10);

        assertThat(lines.next().text()).isEqualTo("0123456789");
        assertThat(lines.next().tooLong()).isTrue();
        assertThat(lines.next()).isNull();
    }
}
