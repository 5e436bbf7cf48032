package io.leadrules.app.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadrules.app.ruleset.upload.UploadProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The problems of a rule-set upload, as the one exception advice answers them: the server's own multipart limits,
 * and every problem type of the upload checks, with its status, media type, type, title and the file it names.
 */
class UploadProblemsTest {

    private static final List<UploadProblem> UPLOAD_PROBLEMS = List.of(UploadProblem.values());

    /** Stands in for the upload endpoint: each path fails the way a real upload can. */
    @RestController
    static class FailingUploads {

        /** As Spring throws it when the server's multipart limit trips: the limit is not known (-1). */
        @PostMapping("/api/v1/rulesets/too-large")
        void tooLarge() {
            throw new MaxUploadSizeExceededException(-1);
        }

        @PostMapping("/api/v1/rulesets/unreadable")
        void unreadable() {
            throw new MultipartException("Failed to parse multipart servlet request");
        }

        @PostMapping("/api/v1/rulesets/{problem}")
        void refused(@PathVariable String problem) {
            throw new ProblemException(UploadProblem.valueOf(problem), "Points.drl.xlsx cannot be used.")
                    .with("file", "Rules.zip").with("entry", "rules/Points.drl.xlsx");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingUploads())
            .setControllerAdvice(new ProblemAdvice()).build();

    @Test
    void theServersUploadLimitIsAPayloadTooLargeProblem() throws Exception {
        mvc.perform(upload("/api/v1/rulesets/too-large"))
                .andExpect(status().is(413))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/payload-too-large"))
                .andExpect(jsonPath("$.title").value("The request body is too large"))
                .andExpect(jsonPath("$.detail").value(containsString("leadrules.rulesets.max-upload-size")));
    }

    @Test
    void aMultipartBodyTheServerCannotSplitIsABadRequestProblem() throws Exception {
        mvc.perform(upload("/api/v1/rulesets/unreadable"))
                .andExpect(status().is(400))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/bad-request"))
                .andExpect(jsonPath("$.detail").value(containsString("multipart")));
    }

    @Test
    void everyUploadProblemIsAProblemThatNamesTheFile() throws Exception {
        for (UploadProblem type : UPLOAD_PROBLEMS) {
            mvc.perform(upload("/api/v1/rulesets/" + type.name()))
                    .andExpect(status().is(type.status().value()))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("/problems/" + type.slug()))
                    .andExpect(jsonPath("$.title").value(type.title()))
                    .andExpect(jsonPath("$.detail").value("Points.drl.xlsx cannot be used."))
                    .andExpect(jsonPath("$.file").value("Rules.zip"))
                    .andExpect(jsonPath("$.entry").value("rules/Points.drl.xlsx"));
        }
    }

    private static org.springframework.test.web.servlet.RequestBuilder upload(String path) {
        return multipart(path).file(new MockMultipartFile("files", "Rules.zip", "application/zip", new byte[] {1}));
    }
}
