package io.leadrules.app.rescoring;

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
import org.springframework.web.bind.annotation.RestController;

/** Rescoring jobs: re-evaluate every stored lead as of now, in the background. */
@RestController
@Tag(name = "Rescoring")
class RescoringController {

    private final RescoringJobs jobs;
    private final CurrentActor actor;

    RescoringController(RescoringJobs jobs, CurrentActor actor) {
        this.jobs = jobs;
        this.actor = actor;
    }

    @ApiResponse(responseCode = "202", description = "Queued, or the job already queued or running; Location names it")
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @Operation(operationId = "startRescoring", summary = "Start a rescoring job",
            description = "202 with Location. While a job is queued or running, answers that job instead of "
                    + "starting another.")
    @PostMapping(path = "/api/v1/rescoring-jobs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RescoringJob> start() {
        RescoringJob job = jobs.start().job();
        return ResponseEntity.accepted().location(URI.create("/api/v1/rescoring-jobs/" + job.id())).body(job);
    }

    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getRescoringJob", summary = "A rescoring job's state and progress")
    @GetMapping(path = "/api/v1/rescoring-jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RescoringJob job(@PathVariable("id") String pathId) {
        return jobs.find(id(pathId));
    }

    @ApiResponse(responseCode = "200", description = "The job, now CANCELLED")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @Operation(operationId = "cancelRescoringJob", summary = "Cancel a queued or running rescoring job",
            description = "200 with the job, now CANCELLED: a queued job never starts, a running one stops after the "
                    + "page of leads it is on (its counts may still grow by that page). Decisions it already wrote "
                    + "stay. 409 job-already-finished when it had already ended.")
    @PostMapping(path = "/api/v1/rescoring-jobs/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    RescoringJob cancel(@PathVariable("id") String pathId) {
        return jobs.cancel(id(pathId), actor.name());
    }

    private static UUID id(String pathId) {
        return PathIds.parse(pathId, RescoringProblem.RESCORING_JOB_NOT_FOUND, "rescoring job",
                "as POST /api/v1/rescoring-jobs answers them");
    }
}
