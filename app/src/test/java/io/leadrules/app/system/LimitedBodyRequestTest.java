package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The count that catches chunked bodies, which announce no length. */
class LimitedBodyRequestTest {

    @Test
    void aBodyUpToTheLimitReadsWhole() throws Exception {
        LimitedBodyRequest request = new LimitedBodyRequest(withBody("0123456789"), limit(10));

        try (InputStream in = request.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("0123456789");
        }
    }

    @Test
    void aBodyPastTheLimitStopsWithPayloadTooLarge() {
        LimitedBodyRequest request = new LimitedBodyRequest(withBody("0123456789X"), limit(10));

        assertThatThrownBy(() -> request.getInputStream().readAllBytes())
                .isInstanceOf(PayloadTooLargeException.class)
                .satisfies(e -> assertThat(((PayloadTooLargeException) e).getBody().getType())
                        .hasToString("/problems/payload-too-large"))
                .satisfies(e -> assertThat(((PayloadTooLargeException) e).getBody().getDetail())
                        .isEqualTo("The body passed the limit of 10 bytes while it streamed in. Send fewer or shorter "
                                + "activities in one request."));
    }

    @Test
    void theReaderIsCountedToo() {
        LimitedBodyRequest request = new LimitedBodyRequest(withBody("0123456789X"), limit(10));

        assertThatThrownBy(() -> request.getReader().read(new char[64])).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void byteByByteReadsAreCounted() throws Exception {
        LimitedBodyRequest request = new LimitedBodyRequest(withBody("abc"), limit(2));
        InputStream in = request.getInputStream();

        in.read();
        in.read();
        assertThatThrownBy(in::read).isInstanceOf(PayloadTooLargeException.class);
    }

    private static BodyLimit limit(long bytes) {
        return new BodyLimit(bytes, ProblemMessage.of("payload-too-large.detail.json"));
    }

    private static MockHttpServletRequest withBody(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/scores");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
