package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.leadrules.app.OpenSliceSecurity;
import jakarta.servlet.RequestDispatcher;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Every problem type URI is a page the service serves; errors outside the controllers are problems too. The slice
 * registers every {@link ProblemCatalog} of the application, as the service does, and the test checks that every
 * problem enum in the code is among them: a feature's new enum without a catalog fails here.
 */
@WebMvcTest(controllers = {ProblemPages.class, ProblemErrorController.class})
@Import({ProblemPagesTest.EveryCatalog.class, OpenSliceSecurity.class})
class ProblemPagesTest {

    /** The registry and every feature's catalog, found the way the application's scan finds them. */
    @TestConfiguration
    @ComponentScan(basePackages = "io.leadrules.app", useDefaultFilters = false, includeFilters = @Filter(
            type = FilterType.ASSIGNABLE_TYPE, classes = {ProblemCatalog.class, ProblemTypes.class}))
    static class EveryCatalog {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ProblemTypes types;

    @Test
    void everyProblemEnumOfTheApplicationIsRegistered() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.leadrules.app");
        List<ProblemType> declared = classes.stream()
                .filter(type -> type.isEnum() && type.isAssignableTo(ProblemType.class))
                .flatMap(type -> Arrays.stream((ProblemType[]) type.reflect().getEnumConstants()))
                .toList();

        assertThat(declared).hasSizeGreaterThan(40);
        assertThat(types.all()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyProblemTypeIsServedAsAPageAtItsTypeUri() throws Exception {
        for (ProblemType type : types.all()) {
            mvc.perform(get(type.uri().toString()).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString(type.title())))
                    .andExpect(content().string(containsString("HTTP " + type.status().value())));
        }
    }

    @Test
    void theIndexListsEveryProblemType() throws Exception {
        for (ProblemType type : types.all()) {
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
