package io.leadrules.app.console.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.console.ConsoleSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sales queue page over real HTTP: filters, search, sorting, paging both ways, refusals and who may see it. */
@FullServiceTest
class LeadQueuePagesTest {

    private static final Pattern LEAD_LINK = Pattern.compile("href=\"/console/leads/([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    private ConsoleLeads leads;
    private ConsoleSession sales;

    @BeforeEach
    void setUp() {
        leads = new ConsoleLeads(port);
        sales = ConsoleSession.signedIn(port, "SALES");
    }

    @Test
    void filtersAndTheSearchNarrowTheQueueAndEachRowLinksToItsLead() {
        String tag = ConsoleLeads.tag();
        String hot = leads.hot(tag + "-hot", "Hilda", "Hot Co");
        String cold = leads.cold(tag + "-cold", "Carl", "Cold Co");

        String all = page("/console/leads?q=" + tag);
        String hotOnly = page("/console/leads?q=" + tag + "&temperature=HOT&stage=&grade=&priority=");
        String sqlP1 = page("/console/leads?q=" + tag + "&stage=SQL&priority=P1&grade=A");

        assertThat(ids(all)).containsExactlyInAnyOrder(hot, cold);
        assertThat(ids(hotOnly)).containsExactly(hot);
        assertThat(ids(sqlP1)).containsExactly(hot);
        assertThat(hotOnly).contains("Hilda", "<option value=\"HOT\" selected=\"selected\">Hot</option>",
                "value=\"" + tag + "\"");
    }

    @Test
    void theSearchFindsTheStartOfANameLastNameCompanyEmailOrExternalIdIgnoringCase() {
        String tag = ConsoleLeads.tag();
        String id = leads.cold("crm-" + tag, "Xena" + tag, "Zeta " + tag + " Ltd");

        for (String found : List.of("XENA" + tag, "xena" + tag + " garc", "zeta%20" + tag.toUpperCase(),
                "crm-" + tag, "CRM-" + tag + "@EXAMPLE")) {
            assertThat(ids(page("/console/leads?q=" + found.replace(" ", "%20")))).as(found).containsExactly(id);
        }
        for (String missed : List.of(tag, "ena" + tag, tag + " Ltd")) {
            assertThat(ids(page("/console/leads?q=" + missed.replace(" ", "%20")))).as(missed).doesNotContain(id);
        }
    }

    @Test
    void aColumnHeadingSortsBothWaysAndSaysSoWithAriaSort() {
        String tag = ConsoleLeads.tag();
        String hot = leads.hot(tag + "-hot", "Hilda", "Hot Co");
        String cold = leads.cold(tag + "-cold", "Carl", "Cold Co");

        String byDefault = page("/console/leads?q=" + tag);
        String highestFirst = page(link(byDefault, "score"));
        String lowestFirst = page(link(highestFirst, "score"));

        assertThat(heading(byDefault, "priority")).contains("aria-sort=\"ascending\"");
        assertThat(ids(highestFirst)).containsExactly(hot, cold);
        assertThat(heading(highestFirst, "score")).contains("aria-sort=\"descending\"");
        assertThat(heading(highestFirst, "priority")).doesNotContain("aria-sort");
        assertThat(ids(lowestFirst)).containsExactly(cold, hot);
        assertThat(heading(lowestFirst, "score")).contains("aria-sort=\"ascending\"");
        assertThat(link(lowestFirst, "score")).contains("q=" + tag);
    }

    @Test
    void nextAndPreviousPageByCursorWithoutRepeatingOrSkippingALead() {
        String tag = ConsoleLeads.tag();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < QueueFilters.SIZE + 2; i++) {
            created.add(leads.cold(tag + "-" + i, "Lead " + i, "Paging Co"));
        }

        String first = page("/console/leads?sort=createdAt&q=" + tag);
        String second = page(pagerLink(first, "next"));
        String back = page(pagerLink(second, "prev"));

        assertThat(ids(first)).hasSize(QueueFilters.SIZE).doesNotContainAnyElementsOf(ids(second));
        assertThat(ids(second)).hasSize(2);
        List<String> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertThat(both).containsExactlyInAnyOrderElementsOf(created);
        assertThat(ids(back)).isEqualTo(ids(first));
        assertThat(first).doesNotContain("rel=\"prev\"");
        assertThat(second).doesNotContain("rel=\"next\"");
        assertThat(back).doesNotContain("rel=\"prev\"").contains("rel=\"next\"");
    }

    @Test
    void anUnknownSortOrFilterValueIsA400ProblemPageAndAnUnknownParameterIsIgnored() {
        HttpResponse<String> sort = sales.get("/console/leads?sort=name%3BDROP%20TABLE%20leads");
        HttpResponse<String> stage = sales.get("/console/leads?stage=HOTTEST");
        HttpResponse<String> cursor = sales.get("/console/leads?cursor=not-a-cursor");
        HttpResponse<String> unknown = sales.get("/console/leads?colour=red");

        for (HttpResponse<String> refused : List.of(sort, stage, cursor)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(refused.body()).contains("role=\"alert\"").doesNotContain("Exception");
        }
        assertThat(sort.body()).contains("sort");
        assertThat(unknown.statusCode()).isEqualTo(200);
    }

    @Test
    void salesAndRuleEditorsOpenTheQueueAndAuditorsAreRefused() {
        assertThat(ConsoleSession.signedIn(port, "SALES").get("/console/leads").statusCode()).isEqualTo(200);
        assertThat(ConsoleSession.signedIn(port, "RULE_EDITOR").get("/console/leads").statusCode()).isEqualTo(200);
        assertThat(ConsoleSession.signedIn(port, "AUDITOR").get("/console/leads").statusCode()).isEqualTo(403);
    }

    @Test
    void theQueueSpeaksSpanish() {
        String spanish = ConsoleSession.signedIn(port, "SALES").inSpanish().get("/console/leads").body();

        assertThat(spanish).contains("Cola de ventas", "Puntuación", "Caliente", "Página");
    }

    private String page(String path) {
        HttpResponse<String> answer = sales.get(path.replace("&amp;", "&"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher link = LEAD_LINK.matcher(html);
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    /** The heading cell ({@code <th>}) whose sort link names the column. */
    private static String heading(String html, String column) {
        Matcher th = Pattern.compile("<th [^>]*>\\s*<a class=\"sort\" href=\"[^\"]*sort=-?" + column + "[&\"]")
                .matcher(html);
        assertThat(th.find()).as("a sortable heading for " + column).isTrue();
        return th.group();
    }

    private static String link(String html, String column) {
        Matcher href = Pattern.compile("<a class=\"sort\" href=\"([^\"]*sort=-?" + column + "(&amp;[^\"]*)?)\"")
                .matcher(html);
        assertThat(href.find()).as("the sort link of " + column).isTrue();
        return href.group(1);
    }

    private static String pagerLink(String html, String rel) {
        Matcher href = Pattern.compile("rel=\"" + rel + "\" href=\"([^\"]+)\"").matcher(html);
        assertThat(href.find()).as("a " + rel + " link").isTrue();
        return href.group(1);
    }
}
