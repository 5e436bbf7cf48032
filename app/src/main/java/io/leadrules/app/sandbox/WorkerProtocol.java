package io.leadrules.app.sandbox;

import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.scenario.ScenarioReport;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service and the worker say to each other over the worker's stdin and stdout: frames of a 4-byte length
 * and that many bytes of JSON (file contents as base64). The worker first sends a {@link Answer#ready()} frame, then
 * one answer per request. A frame longer than {@link #MAX_FRAME} is a broken worker, not a big answer.
 */
final class WorkerProtocol {

    /** Larger than any request (20 MB of files as base64) or report the service would keep. */
    static final int MAX_FRAME = 64 * 1024 * 1024;

    static final JsonMapper JSON = JsonMapper.builder().build();

    private WorkerProtocol() {
    }

    /** One rule set to compile, stress and test. */
    record Request(List<File> files, Instant asOf, int maxRules, long ceilingMillis, int maxFirings,
                   int stressActivities) {

        List<RuleFile> ruleFiles() {
            return files.stream().map(file -> new RuleFile(file.name(), file.content())).toList();
        }
    }

    /** A rule file on the wire; Jackson writes the bytes as base64. */
    record File(String name, byte[] content) {

        static File of(RuleFile file) {
            return new File(file.name(), file.content());
        }
    }

    enum Outcome { READY, ACCEPTED, INVALID, REFUSED }

    /**
     * The worker's verdict. ACCEPTED carries the scenario reports and the stress lead's warm evaluation time;
     * INVALID the compile problems; REFUSED the limit hit ({@code firings}, {@code evaluation-time}), after how long,
     * and a sentence for the person who uploaded. A problem travels as data: its English message, and the key and
     * values of its {@link io.leadrules.rules.engine.CompileMessage}, which the service says in the reader's
     * language from its own copy of the rules' message bundle, never from a pattern the worker sends.
     */
    record Answer(Outcome outcome, List<CompileProblem> problems, List<ScenarioReport> scenarios, String limit,
                  long afterMillis, String detail, long stressMillis) {

        static Answer ready() {
            return new Answer(Outcome.READY, List.of(), List.of(), null, 0, null, 0);
        }

        static Answer accepted(List<ScenarioReport> scenarios, long stressMillis) {
            return new Answer(Outcome.ACCEPTED, List.of(), scenarios, null, 0, null, stressMillis);
        }

        static Answer invalid(List<CompileProblem> problems) {
            return new Answer(Outcome.INVALID, problems, List.of(), null, 0, null, 0);
        }

        static Answer refused(String limit, long afterMillis, String detail) {
            return new Answer(Outcome.REFUSED, List.of(), List.of(), limit, afterMillis, detail, 0);
        }
    }

    static void write(DataOutputStream out, Object message) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(message);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /** The next frame as {@code type}; an {@link EOFException} when the other side has gone. */
    static <T> T read(DataInputStream in, Class<T> type) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("A frame of " + length + " bytes: the other side is not speaking the protocol");
        }
        return JSON.readValue(in.readNBytes(length), type);
    }
}
