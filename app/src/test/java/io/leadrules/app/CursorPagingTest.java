package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Cursor paging ({@code next}, {@code Link rel=next}, {@code ?cursor=}): the bad cursors first, then the walks. */
@FullServiceTest
class CursorPagingTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String tag;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        tag = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor!", "bGVhZHM", "MR9sZWFkc1BSSU9SSVRZH1AxHzEyH3gfeR96"})
    void aCursorThisServiceDidNotAnswerWithIsA400NamingCursor(String cursor) {
        JsonNode problem = api.problem(api.get("/api/v1/leads?cursor=" + cursor), 400, "/problems/invalid-query");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    /** Cursors are validated, not signed: one forged with well-formed values the database cannot hold is a 400. */
    @ParameterizedTest
    @ValueSource(strings = {"createdAt:+1000000000-12-31T23:59:59Z", "-updatedAt:-1000000000-01-01T00:00:00Z",
            "createdAt:+292278994-08-17T07:12:56Z", "score:99999999999", "-score:-2147483649"})
    void aForgedCursorWithValuesOutOfRangeIsA400NamingCursor(String forged) {
        String sort = forged.substring(0, forged.indexOf(':'));
        String value = forged.substring(forged.indexOf(':') + 1);
        String instant = sort.endsWith("At") ? value : "2026-01-01T00:00:00Z";
        String score = sort.endsWith("score") ? value : "";
        String list = "leads" + switch (sort) {
            case "createdAt" -> "CREATED_AT";
            case "-updatedAt" -> "UPDATED_AT_NEWEST_FIRST";
            case "score" -> "SCORE";
            default -> "SCORE_HIGHEST_FIRST";
        };
        String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\u001F", "1",
                list, "", score, instant, instant, UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8));

        JsonNode problem = api.problem(api.get("/api/v1/leads?sort=" + sort + "&cursor=" + cursor), 400,
                "/problems/invalid-query");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void aCursorOfAnotherListOrSortOrWithAPageIsA400NamingCursor() {
        String lead = create("Acme");
        create("Bright");
        String byCreation = api.ok(api.get("/api/v1/leads?sort=createdAt&size=1&q=" + tag)).get("next").asString();
        String cursor = byCreation.substring(byCreation.indexOf("cursor=") + 7).split("&")[0];

        for (String path : List.of("/api/v1/leads?sort=score&cursor=" + cursor,
                "/api/v1/leads/" + lead + "/decisions?cursor=" + cursor, "/api/v1/audit/events?cursor=" + cursor,
                "/api/v1/leads?sort=createdAt&page=1&cursor=" + cursor)) {
            JsonNode problem = api.problem(api.get(path), 400, "/problems/invalid-query");
            assertThat(problem.get("errors").get(0).get("field").asString()).as(path).isEqualTo("cursor");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"priority", "-priority", "score", "-score", "createdAt", "-createdAt", "updatedAt",
            "-updatedAt"})
    void walkingTheQueueByCursorGivesEveryLeadOnceInTheOrderOfOnePage(String sort) {
        for (String company : List.of("Acme", "Bright", "Cobalt", "Delta")) {
            create(company);
        }
        List<String> onePage = ids(api.ok(api.get("/api/v1/leads?size=50&sort=" + sort + "&q=" + tag)));

        List<String> walked = walk("/api/v1/leads?size=1&sort=" + sort + "&q=" + tag);

        assertThat(onePage).hasSize(4);
        assertThat(walked).isEqualTo(onePage);
    }

    @Test
    void aLeadAddedWhileWalkingNeitherRepeatsNorSkipsTheOthers() {
        List<String> before = List.of(create("Acme"), create("Bright"));
        HttpResponse<String> first = api.get("/api/v1/leads?size=1&sort=createdAt&q=" + tag);
        JsonNode page = api.ok(first);
        assertThat(first.headers().firstValue("Link")).hasValue("<" + page.get("next").asString() + ">; rel=\"next\"");
        assertThat(page.get("page").asInt()).isZero();
        create("Cobalt");

        List<String> rest = walk(page.get("next").asString());

        String shown = ids(page).get(0);
        String other = before.get(0).equals(shown) ? before.get(1) : before.get(0);
        assertThat(rest).doesNotContain(shown).containsOnlyOnce(other);
    }

    @Test
    void aLeadsDecisionsAndTheAuditLogWalkByCursor() {
        String lead = create("Acme");
        for (String title : List.of("CEO", "CTO")) {
            api.send("/api/v1/leads/" + lead, request -> request.header("Content-Type", "application/merge-patch+json")
                    .method("PATCH", BodyPublishers.ofString("{\"jobTitle\": \"" + title + "\"}")));
        }
        List<String> decisions = ids(api.ok(api.get("/api/v1/leads/" + lead + "/decisions?size=50")));

        assertThat(decisions).hasSize(3);
        assertThat(walk("/api/v1/leads/" + lead + "/decisions?size=1")).isEqualTo(decisions);
        List<String> events = sequences(api.ok(api.get("/api/v1/audit/events?size=50&subject=" + lead)));
        assertThat(events).hasSizeGreaterThanOrEqualTo(3);
        List<String> walkedEvents = new ArrayList<>();
        String path = "/api/v1/audit/events?size=1&subject=" + lead;
        while (path != null) {
            JsonNode answer = api.ok(api.get(path));
            walkedEvents.addAll(sequences(answer));
            path = answer.get("next").isNull() ? null : answer.get("next").asString();
        }
        assertThat(walkedEvents).isEqualTo(events);
    }

    private List<String> walk(String path) {
        List<String> walked = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = api.ok(api.get(next));
            walked.addAll(ids(page));
            assertThat(walked.size()).as("walking %s", path).isLessThan(100);
            next = page.get("next").isNull() ? null : page.get("next").asString();
        }
        return walked;
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static List<String> sequences(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("sequence").asString()).toList();
    }

    private String create(String company) {
        String email = company.toLowerCase() + "." + tag;
        String body = "{\"lead\": {\"externalId\": \"crm-" + email + "\", \"email\": \"" + email + "@example.com\", "
                + "\"company\": \"" + company + " " + tag + "\", \"jobTitle\": \"" + company + " Manager\", "
                + "\"consent\": {\"dataProcessing\": true}}}";
        return api.expect(201, api.postJson("/api/v1/leads", body)).get("id").asString();
    }
}
