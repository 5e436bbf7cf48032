package io.leadrules.app.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /api/v1/decisions/{id}/replay}: whether re-running the decision's stored input with its
 * rule version gave exactly the recorded result, and if not, every path where they differ.
 */
public record ReplayResult(boolean identical, List<Difference> differences, String rulesetVersion, UUID decisionId) {

    /**
     * One place where the replay differs: {@code path} such as {@code fit.breakdown[0].points}, the recorded and the
     * replayed value ({@code null} where the member or element is missing on that side).
     */
    @Schema(name = "ReplayDifference", description = "One place where the replay differs from the record")
    public record Difference(String path, JsonNode recorded, JsonNode replayed) {
    }
}
