package io.leadrules.app.simulation;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of impact simulations. Slugs, statuses and texts are part of the API: clients switch on the {@code
 * type}.
 */
public enum SimulationProblem implements ProblemType {

    SIMULATION_NOT_FOUND("simulation-not-found", HttpStatus.NOT_FOUND);

    private final String slug;
    private final HttpStatus status;

    SimulationProblem(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<SimulationProblem> problemTypes() {
            return List.of(values());
        }
    }
}
