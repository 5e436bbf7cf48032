package io.leadrules.app.audit;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of a lead's decisions, newest first: the list shape every list of the API answers with. {@code page} is
 * null when the page was asked for by {@code cursor}; {@code next} links the following page (by cursor), null on the
 * last.
 */
public record DecisionPage(List<ObjectNode> items, Integer page, int size, long total, String next) {

    DecisionPage withNext(String link) {
        return new DecisionPage(items, page, size, total, link);
    }
}
