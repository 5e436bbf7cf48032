package io.leadrules.app.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadrules.app.OpenSliceSecurity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The benchmark's echo exists in the bench profile only, and answers the JSON it was sent. */
class EchoControllerTest {

    private static final String REQUEST = """
            {"lead": {"email": "ana@acme-soft.com", "companySize": 250, "consent": {"dataProcessing": true}},
             "activities": [{"type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}""";

    @Nested
    @WebMvcTest(controllers = EchoController.class, properties = "leadrules.security.rate-limits.enabled=false")
    @Import(OpenSliceSecurity.class)
    @ActiveProfiles("bench")
    class WithTheBenchProfile {

        @Autowired
        MockMvc mvc;

        @Test
        void answersTheJsonItWasSent() throws Exception {
            mvc.perform(post(EchoController.PATH).contentType(MediaType.APPLICATION_JSON).content(REQUEST))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(content().json(REQUEST, true));
        }

        @Test
        void answersAsManyCopiesAsAskedSoThatItCanWriteAsMuchAsAScore() throws Exception {
            mvc.perform(post(EchoController.PATH + "?copies=3").contentType(MediaType.APPLICATION_JSON)
                            .content(REQUEST))
                    .andExpect(status().isOk())
                    .andExpect(content().json("[" + REQUEST + "," + REQUEST + "," + REQUEST + "]", true));
        }
    }

    @Nested
    @WebMvcTest(controllers = EchoController.class, properties = "leadrules.security.rate-limits.enabled=false")
    @Import(OpenSliceSecurity.class)
    class WithoutIt {

        @Autowired
        MockMvc mvc;

        @Test
        void isNotThere() throws Exception {
            mvc.perform(post(EchoController.PATH).contentType(MediaType.APPLICATION_JSON).content(REQUEST))
                    .andExpect(status().isNotFound());
        }
    }
}
