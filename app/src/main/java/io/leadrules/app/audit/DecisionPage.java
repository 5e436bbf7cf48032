package io.leadrules.app.audit;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** One page of a lead's decisions, newest first: the list shape every list of the API answers with. */
record DecisionPage(List<ObjectNode> items, int page, int size, long total) {
}
