package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.TestCredentials;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Compression (server.compression in application.yml): on for JSON, and bulk scoring's NDJSON still streams. */
@FullServiceTest
class CompressionTest {

    private static final String LINE = "{\"lead\": {\"email\": \"stream@acme-soft.com\", \"companySize\": 250, "
            + "\"consent\": {\"dataProcessing\": true}}}\n";

    @LocalServerPort
    int port;

    @Test
    void jsonIsGzippedForAClientThatAcceptsIt() {
        HttpResponse<String> answer = new ApiClient(port).send("/v3/api-docs",
                request -> request.header("Accept-Encoding", "gzip").GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    /**
     * The first answers of a gzipped batch arrive while the client still holds back the end of its body: if
     * compression buffered the answer, the first line would only come once the body ended, and the deadline fails
     * the test (a deadline against a hang, not a timing).
     */
    @Test
    void aGzippedBatchAnswersItsFirstLinesBeforeTheBodyHasEnded() throws Exception {
        int sentFirst = (2 * Runtime.getRuntime().availableProcessors() + 2) * 200;
        byte[] first = LINE.repeat(sentFirst).getBytes(StandardCharsets.UTF_8);
        byte[] rest = LINE.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(headers(first.length + rest.length));
            out.write(first);
            out.flush();
            InputStream in = socket.getInputStream();
            String head = head(in);
            assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("content-encoding: gzip")
                    .containsIgnoringCase("transfer-encoding: chunked");
            BufferedReader answers = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(new Dechunked(in)), StandardCharsets.UTF_8));

            String firstAnswer = CompletableFuture.supplyAsync(() -> readLine(answers)).get(120, TimeUnit.SECONDS);

            assertThat(firstAnswer).startsWith("{\"line\":1,");
            out.write(rest);
            out.flush();
            String last = firstAnswer;
            for (String line = answers.readLine(); line != null; line = answers.readLine()) {
                last = line;
            }
            assertThat(last).contains("\"lines\":" + (sentFirst + 1));
        }
    }

    private static byte[] headers(int length) {
        return ("POST /api/v1/scores/batch HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestCredentials.ADMIN_AUTHORIZATION + "\r\nContent-Type: application/x-ndjson\r\n"
                + "Accept: application/x-ndjson\r\nAccept-Encoding: gzip\r\nConnection: close\r\nContent-Length: "
                + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int read = in.read();
            if (read < 0) {
                break;
            }
            head.write(read);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP/1.1 chunked body as the bytes it carries. */
    private static final class Dechunked extends InputStream {

        private final InputStream in;
        private long left;
        private boolean ended;

        Dechunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0 && !ended) {
                nextChunk();
            }
            if (ended) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        private void nextChunk() throws IOException {
            String size = line();
            if (size.isEmpty()) {
                size = line();
            }
            left = Long.parseLong(size.split(";")[0].trim(), 16);
            ended = left == 0;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
