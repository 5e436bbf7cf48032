package io.leadrules.app.simulation;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of impact simulations. Slugs, statuses and texts are part of the API: clients switch on the {@code
 * type}.
 */
public enum SimulationProblem implements ProblemType {

    SIMULATION_NOT_FOUND("simulation-not-found", HttpStatus.NOT_FOUND, "No such simulation",
            "No impact simulation has this id. Simulations are started with POST /api/v1/rulesets/{id}/simulation.",
            "Check the id.");

    private final ProblemText text;

    SimulationProblem(String slug, HttpStatus status, String title, String when, String fix) {
        this.text = new ProblemText(slug, status, title, when, fix);
    }

    @Override
    public ProblemText text() {
        return text;
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
