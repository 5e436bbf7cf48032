package io.leadrules.app.lead;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * The sales queue for the console's pages: the same filters, orders and cursors as {@code GET /api/v1/leads} (a
 * value outside their allow-lists is the same 400 problem), plus the way back a page (a cursor read backwards) that
 * a person paging through a list needs and an API client does not. Its search {@code q} finds the start of a first
 * or last name, a company or an email (ignoring case) or an externalId (exactly), by index ranges: at 100,000 leads
 * the API's "text anywhere" search reads every lead (docs/performance.md, "Console pages").
 */
@Service
public class SalesQueue {

    /** The values each filter takes, and the orders, in the order the pages offer them. */
    public static final List<String> STAGES = QueueQuery.STAGES;
    public static final List<String> TEMPERATURES = QueueQuery.TEMPERATURES;
    public static final List<String> GRADES = QueueQuery.GRADES;
    public static final List<String> PRIORITIES = QueueQuery.PRIORITIES;

    private final LeadQueue queue;

    SalesQueue(LeadQueue queue) {
        this.queue = queue;
    }

    /** The orders {@code sort} takes: priority, score, updatedAt, createdAt, each reversed by a leading -. */
    public static List<String> orders() {
        return QueueOrder.parameters();
    }

    /**
     * The page the parameters ask for ({@code stage}, {@code temperature}, {@code grade}, {@code priority}, {@code q},
     * {@code sort}, {@code size}, {@code cursor}), or, with {@code before}, the page before the lead it names.
     */
    public Page page(MultiValueMap<String, String> parameters, String before) {
        QueueQuery query = QueueQuery.from(parameters).byPrefix();
        LeadQueue.Paged paged = before == null ? queue.page(query) : queue.pageBefore(query, before);
        return new Page(paged.page().items(), paged.page().total(), paged.next(), paged.previous());
    }

    /** A page of the queue: its leads, how many leads the filters match, and the cursors either way (or null). */
    public record Page(List<LeadSummary> items, long total, String next, String previous) {
    }
}
