package io.leadrules.app.audit;

import io.leadrules.app.decision.DecisionSchema;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** One page of a lead's decisions, newest first: the list shape every list of the API answers with. */
record DecisionPage(@ArraySchema(schema = @Schema(ref = DecisionSchema.DECISION)) List<ObjectNode> items, int page, int size, long total) {
}
