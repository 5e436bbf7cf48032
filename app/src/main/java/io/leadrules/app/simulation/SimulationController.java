package io.leadrules.app.simulation;

import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Impact simulations: what a rule version would change over the stored leads, compared with the live one. */
@RestController
@Tag(name = "Simulations")
class SimulationController {

    /** The most simulations a version's list shows. */
    static final int LISTED = 20;

    private final Simulations simulations;
    private final CurrentActor actor;

    SimulationController(Simulations simulations, CurrentActor actor) {
        this.simulations = simulations;
        this.actor = actor;
    }

    @ApiResponse(responseCode = "202", description = "Queued, or the identical one already queued or running; Location names it")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @Operation(operationId = "startSimulation", summary = "Simulate a rule version over the stored leads",
            description = "202 with Location. Scores the stored leads (all, or those matching the filter) with the "
                    + "version and with the version live at asOf, and reports the difference. Writes no decision. "
                    + "While an identical simulation is queued or running, answers that one.")
    @PostMapping(path = "/api/v1/rulesets/{id}/simulation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Simulation> start(@PathVariable("id") String versionId,
                                     @RequestBody(required = false) SimulationRequest request) {
        Simulation job = simulations.start(versionId, request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + job.id())).body(job);
    }

    @ApiResponse(responseCode = "200", description = "The simulation")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getSimulation", summary = "A simulation's state, progress and, once done, its report")
    @GetMapping(path = "/api/v1/simulations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Simulation simulation(@PathVariable("id") String pathId) {
        return simulations.find(id(pathId));
    }

    @ApiResponse(responseCode = "200", description = "The simulation, now CANCELLED")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @Operation(operationId = "cancelSimulation", summary = "Cancel a queued or running simulation",
            description = "200 with the simulation, now CANCELLED and without a report: a queued one never starts, a "
                    + "running one stops after the page of leads it is on (its counts may still grow by that page). "
                    + "409 job-already-finished when it had already ended.")
    @PostMapping(path = "/api/v1/simulations/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    Simulation cancel(@PathVariable("id") String pathId) {
        return simulations.cancel(id(pathId), actor.name());
    }

    @ApiResponse(responseCode = "200", description = "The newest simulations")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "listVersionSimulations", summary = "A rule version's simulations, newest first (the 20 newest)")
    @GetMapping(path = "/api/v1/rulesets/{id}/simulations", produces = MediaType.APPLICATION_JSON_VALUE)
    Simulations.Listed ofVersion(@PathVariable("id") String versionId) {
        return simulations.ofVersion(versionId, LISTED);
    }

    private static UUID id(String pathId) {
        return PathIds.parse(pathId, SimulationProblem.SIMULATION_NOT_FOUND, "simulation",
                "as POST /api/v1/rulesets/{id}/simulation answers them");
    }
}
