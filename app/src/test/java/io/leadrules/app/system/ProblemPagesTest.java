package io.leadrules.app.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadrules.app.OpenSliceSecurity;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** Every problem type URI is a page the service serves; errors outside the controllers are problems too. */
@WebMvcTest(controllers = {ProblemPages.class, ProblemErrorController.class})
@Import(OpenSliceSecurity.class)
class ProblemPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyProblemTypeIsServedAsAPageAtItsTypeUri() throws Exception {
        for (ProblemType type : ProblemType.values()) {
            mvc.perform(get(type.uri().toString()).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString(type.title())))
                    .andExpect(content().string(containsString("HTTP " + type.status().value())));
        }
    }

    @Test
    void theIndexListsEveryProblemType() throws Exception {
        for (ProblemType type : ProblemType.values()) {
            mvc.perform(get("/problems")).andExpect(content().string(containsString(type.uri().toString())));
        }
    }

    @Test
    void anUnknownProblemNameIsNotFound() throws Exception {
        mvc.perform(get("/problems/no-such-problem"))
                .andExpect(problem(404, "/problems/not-found", "Nothing is served here"))
                .andExpect(jsonPath("$.detail").value(containsString("no-such-problem")));
    }

    @Test
    void aContainerLevelBadRequestIsABadRequestProblem() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/scores"))
                .andExpect(problem(400, "/problems/bad-request", "Bad request"))
                .andExpect(jsonPath("$.instance").value("/api/v1/scores"));
    }

    @Test
    void aContainerLevelFailureIsAnInternalErrorProblem() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret")))
                .andExpect(problem(500, "/problems/internal-error", "Internal error"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("secret"))));
    }

    private static ResultMatcher problem(int status, String type, String title) {
        return all(
                status().is(status),
                content().contentType(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value(type),
                jsonPath("$.title").value(title),
                jsonPath("$.detail").isNotEmpty());
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
