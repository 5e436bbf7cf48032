package io.leadrules.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.sandbox.WorkerProtocol.Answer;
import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A problem found in the worker crosses the pipe as a key and values, and is said in any language on this side. */
class WorkerProtocolTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aProblemKeepsItsKeyAndValuesAcrossThePipe() throws IOException {
        CompileProblem found = CompileProblem.inCell("ProfileFit.drl.xlsx", "Fit", "G15",
                CompileMessage.of("cell.notNumber", "ten"));

        CompileProblem read = roundTrip(Answer.invalid(List.of(found))).problems().get(0);

        assertThat(read).isEqualTo(found);
        assertThat(read.message(SPANISH)).isEqualTo("\"ten\" no es un número");
    }

    @Test
    void aPatternInTheValuesAWorkerSendsIsShownAsSent() throws IOException {
        CompileProblem sent = new CompileProblem("a.drl.xlsx", "Fit", "G15", null, "English", "cell.notNumber",
                List.of("{0}{1,number,#}'"));

        assertThat(roundTrip(Answer.invalid(List.of(sent))).problems().get(0).message(SPANISH))
                .isEqualTo("\"{0}{1,number,#}'\" no es un número");
    }

    @Test
    void aKeyThisServiceDoesNotKnowIsToldAsItsEnglishMessage() throws IOException {
        CompileProblem sent = new CompileProblem("a.drl", null, null, 4, "as the worker wrote it", "{0}", List.of("x"));

        assertThat(roundTrip(Answer.invalid(List.of(sent))).problems().get(0).message(SPANISH))
                .isEqualTo("as the worker wrote it");
    }

    private static Answer roundTrip(Answer answer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerProtocol.write(new DataOutputStream(bytes), answer);
        return WorkerProtocol.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), Answer.class);
    }
}
