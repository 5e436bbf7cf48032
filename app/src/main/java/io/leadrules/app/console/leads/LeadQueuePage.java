package io.leadrules.app.console.leads;

import io.leadrules.app.lead.SalesQueue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/leads}: the sales queue as a page. A GET form (filters, search, order) that works without script;
 * the table's headings sort, and next/previous links page by the queue's cursors. The queue itself is the API's
 * ({@link SalesQueue}): same allow-lists, same order, same 400 problem for a value it does not know.
 */
@Controller
class LeadQueuePage {

    private final SalesQueue queue;

    LeadQueuePage(SalesQueue queue) {
        this.queue = queue;
    }

    @GetMapping(QueueFilters.PATH)
    String queue(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        QueueFilters filters = QueueFilters.of(parameters);
        model.addAttribute("filters", filters);
        model.addAttribute("page", queue.page(filters.query(), filters.before()));
        model.addAttribute("stages", SalesQueue.STAGES);
        model.addAttribute("temperatures", SalesQueue.TEMPERATURES);
        model.addAttribute("grades", SalesQueue.GRADES);
        model.addAttribute("priorities", SalesQueue.PRIORITIES);
        return "console/leads/queue";
    }
}
