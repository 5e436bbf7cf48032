package io.leadrules.app.rescoring;

import io.leadrules.app.system.PathIds;
import io.swagger.v3.oas.annotations.Operation;
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

    RescoringController(RescoringJobs jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "Start a rescoring job",
            description = "202 with Location. While a job is queued or running, answers that job instead of "
                    + "starting another.")
    @PostMapping(path = "/api/v1/rescoring-jobs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RescoringJob> start() {
        RescoringJob job = jobs.start().job();
        return ResponseEntity.accepted().location(URI.create("/api/v1/rescoring-jobs/" + job.id())).body(job);
    }

    @Operation(summary = "A rescoring job's state and progress")
    @GetMapping(path = "/api/v1/rescoring-jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RescoringJob job(@PathVariable("id") String pathId) {
        UUID id = PathIds.parse(pathId, RescoringProblem.RESCORING_JOB_NOT_FOUND, "rescoring job",
                "as POST /api/v1/rescoring-jobs answers them");
        return jobs.find(id);
    }
}
