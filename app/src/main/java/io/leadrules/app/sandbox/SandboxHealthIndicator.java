package io.leadrules.app.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code sandbox} component of {@code /actuator/health}: which walls the upload worker really has here, and what
 * it is doing. Always UP: without a worker uploads are refused with a 503, but scoring goes on.
 */
@Component
class SandboxHealthIndicator implements HealthIndicator {

    private final SandboxWorkers workers;
    private final SandboxSettings settings;
    private final UploadQueue queue;

    SandboxHealthIndicator(SandboxWorkers workers, SandboxSettings settings, UploadQueue queue) {
        this.workers = workers;
        this.settings = settings;
        this.queue = queue;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        Walls walls = workers.walls();
        details.put("isolation", walls == null ? "not prepared yet" : walls.complete() ? "complete" : "partial");
        if (walls != null) {
            details.put("user", walls.user());
            details.put("network", walls.network());
            details.put("missing", walls.missing());
        }
        details.put("limits", Map.of("heap", settings.heap().toMegabytes() + "MB",
                "cpuPerUpload", settings.cpuPerUpload().toString(),
                "wallClockPerUpload", settings.wallClockPerUpload().toString(),
                "evaluationCeiling", settings.evaluationCeiling().toString(),
                "resourceLimits", walls != null && walls.rlimits()));
        details.put("worker", workers.state());
        details.put("workerPid", workers.pid());
        details.put("uploadsWaiting", queue.waiting());
        return Health.up().withDetails(details).build();
    }
}
