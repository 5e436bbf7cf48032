package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The registry of problem types: found by slug, and a slug taken twice stops the service from starting. */
class ProblemTypesTest {

    private record Sample(String slug, HttpStatus status) implements ProblemType {

        @Override
        public String toString() {
            return slug;
        }
    }

    @Test
    void aRegisteredTypeIsFoundByItsSlug() {
        ProblemTypes types = new ProblemTypes(List.of(() -> List.of(SystemProblem.values()),
                () -> List.of(new Sample("sample-gone", HttpStatus.GONE))));

        assertThat(types.named("sample-gone")).map(ProblemType::status).contains(HttpStatus.GONE);
        assertThat(types.named("malformed-json")).contains(SystemProblem.MALFORMED_JSON);
        assertThat(types.named("no-such-slug")).isEmpty();
    }

    @Test
    void twoTypesWithOneSlugAreRefused() {
        List<ProblemCatalog> catalogs = List.of(() -> List.of(SystemProblem.values()),
                () -> List.of(new Sample("not-found", HttpStatus.NOT_FOUND)));

        assertThatIllegalStateException().isThrownBy(() -> new ProblemTypes(catalogs))
                .withMessageContaining("'not-found'").withMessageContaining("SystemProblem.NOT_FOUND");
    }
}
