package io.leadrules.app;

import static io.leadrules.app.StoredLeadFixture.activity;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.StoredProfile;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** {@code DELETE /api/v1/leads/{id}}: the person is forgotten everywhere, the audit trail keeps its shape. */
@FullServiceTest
class ErasureJourneyTest {

    static final Instant NOW = ScoringJourneyTest.NOW;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LeadStore leads;
    @Autowired
    TransactionTemplate transactions;

    ApiClient api;
    StoredLeadFixture fixture;
    /** Unique to this test run, so that a hit in the database can only be this person. */
    String token;
    Person person;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixture = new StoredLeadFixture(context);
        token = randomLetters();
        person = new Person("crm-" + token, "Fn" + token, "Ln" + token, token + "-at-example.com", "call " + token,
                token + "@Erasure-Example.com", "+34 699 " + ThreadLocalRandom.current().nextInt(100_000, 999_999),
                "Co" + token + " GmbH", "asked about pricing for " + token);
    }

    @Test
    void anErasedPersonIsFoundInNoTextColumnOfAnyTableAndTheDecisionsKeepTheirShape() {
        UUID lead = leadWhoChangedTheirContactData();
        List<String> scoresBefore = decisionOutlines(lead);
        assertThat(hits(person.oldEmail())).contains("DECISIONS.INPUT_SNAPSHOT", "DECISIONS.RESULT");
        assertThat(hits(person.email())).contains("LEADS.EMAIL", "LEADS.EMAIL_KEY", "DECISIONS.INPUT_SNAPSHOT");
        assertThat(hits(person.detail())).contains("ACTIVITIES.DETAIL", "DECISIONS.INPUT_SNAPSHOT");

        HttpResponse<String> erased = api.delete("/api/v1/leads/" + lead);

        assertThat(erased.statusCode()).isEqualTo(204);
        assertThat(erased.body()).isEmpty();
        for (String value : person.values()) {
            assertThat(hits(value)).as("columns still holding %s", value).isEmpty();
        }
        assertThat(decisionOutlines(lead)).isEqualTo(scoresBefore);
    }

    @Test
    void theDecisionsStayReadableWithThePersonalDataReplaced() {
        UUID lead = leadWhoChangedTheirContactData();

        api.delete("/api/v1/leads/" + lead);

        JsonNode history = api.ok(api.get("/api/v1/leads/" + lead + "/decisions"));
        assertThat(history.get("total").asInt()).isEqualTo(2);
        JsonNode first = api.ok(api.get("/api/v1/decisions/" + history.get("items").get(1).get("id").asString()));
        assertThat(first.get("dataQuality").valueStream().map(f -> f.get("message").asString()))
                .contains("'[erased]' is not a valid email address",
                        "'[erased]' does not look like a phone number (7 to 15 digits, no letters)");
        assertThat(first.get("stage").asString()).isEqualTo("DISQUALIFIED");
        String snapshot = jdbc.sql("SELECT input_snapshot FROM decisions WHERE lead_id = :id"
                + " AND sequence_number = 1").param("id", lead).query(String.class).single();
        assertThat(snapshot).contains("\"annualRevenue\":12000000.00");
        JsonNode input = api.tree(snapshot);
        for (String member : List.of("externalId", "firstName", "lastName", "email", "phone", "company")) {
            assertThat(input.get("lead").get(member).isNull()).as(member).isTrue();
        }
        assertThat(input.get("lead").get("jobTitle").asString()).isEqualTo("Marketing Director");
        assertThat(input.get("activities").get(0).get("detail").isNull()).isTrue();
        assertThat(input.get("activities").get(0).get("type").asString()).isEqualTo("DEMO_REQUESTED");
    }

    @Test
    void anErasedLeadIsGoneAndErasingItAgainSaysSo() {
        UUID lead = leadWhoChangedTheirContactData();
        api.delete("/api/v1/leads/" + lead);

        api.problem(api.get("/api/v1/leads/" + lead + "/score?asOf=" + NOW), 410, "/problems/lead-erased");
        JsonNode again = api.problem(api.delete("/api/v1/leads/" + lead), 410, "/problems/lead-erased");
        assertThat(again.get("leadId").asString()).isEqualTo(lead.toString());
        StoredLead stored = leads.findById(lead).orElseThrow();
        assertThat(stored.erasedAt()).isEqualTo(NOW);
        assertThat(stored.emailKey()).isNull();
    }

    @Test
    void erasingAnUnknownLeadIsNotFound() {
        api.problem(api.delete("/api/v1/leads/" + UUID.randomUUID()), 404, "/problems/lead-not-found");
    }

    @Test
    void aLaterLeadWithTheSameEmailIsANewPerson() {
        UUID erased = leadWhoChangedTheirContactData();
        api.delete("/api/v1/leads/" + erased);

        UUID again = fixture.create(profile(person.email(), person.phone()), StoredLeadFixture.CONSENTED, NOW,
                List.of());

        assertThat(again).isNotEqualTo(erased);
        UUID sameEmail = transactions.execute(tx -> leads.lockByEmailKey(StoredLead.keyOf(person.email()))
                .orElseThrow().id());
        assertThat(sameEmail).isEqualTo(again);
    }

    /** Decided once with a bad email and phone (quoted back in data-quality messages), then with good ones. */
    private UUID leadWhoChangedTheirContactData() {
        Instant created = NOW.minus(Duration.ofDays(10));
        UUID lead = fixture.create(profile(person.oldEmail(), person.oldPhone()), StoredLeadFixture.CONSENTED,
                created, List.of(activity("demo", "DEMO_REQUESTED", created).withDetail(person.detail())));
        fixture.decideAt(lead, created, created);
        fixture.changeProfile(lead, profile(person.email(), person.phone()), NOW.minus(Duration.ofDays(1)));
        fixture.decide(lead, NOW);
        return lead;
    }

    private StoredProfile profile(String email, String phone) {
        StoredProfile ideal = StoredLeadFixture.idealPersona(null, null);
        return StoredProfile.of(person.externalId(), person.firstName(), person.lastName(), email, phone,
                person.company(), ideal.jobTitle(), ideal.industry(), ideal.companySize(), ideal.annualRevenue(),
                ideal.country(), ideal.source(), ideal.leadMagnet(), ideal.productInterest());
    }

    /**
     * Every text column of every table (from the database's own catalogue) that holds the value, ignoring case, named
     * in capitals. The catalogue speaks H2's capitals or PostgreSQL's lower case (and calls a text column "text").
     */
    private List<String> hits(String value) {
        List<Map<String, Object>> columns = jdbc.sql("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE UPPER(table_schema) = 'PUBLIC' AND UPPER(data_type) IN ('CHARACTER VARYING', 'CHARACTER',"
                + " 'CHARACTER LARGE OBJECT', 'VARCHAR_IGNORECASE', 'TEXT')").query().listOfRows();
        assertThat(columns).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String name = (column.get("TABLE_NAME") + "." + column.get("COLUMN_NAME")).toUpperCase(Locale.ROOT);
            int rows = jdbc.sql("SELECT COUNT(*) FROM \"" + column.get("TABLE_NAME") + "\" WHERE LOWER(\""
                            + column.get("COLUMN_NAME") + "\") LIKE :value")
                    .param("value", "%" + value.toLowerCase(Locale.ROOT) + "%").query(Integer.class).single();
            if (rows > 0) {
                found.add(name);
            }
        }
        return found;
    }

    /** What the audit keeps of each decision: scores, classification, versions and the rules that fired. */
    private List<String> decisionOutlines(UUID lead) {
        return jdbc.sql("SELECT sequence_number, score, stage, temperature, ruleset_version, ruleset_hash, result"
                        + " FROM decisions WHERE lead_id = :id ORDER BY sequence_number").param("id", lead)
                .query((row, n) -> row.getLong(1) + " " + row.getObject(2) + " " + row.getString(3) + " "
                        + row.getString(4) + " " + row.getString(5) + " " + row.getString(6) + " "
                        + api.tree(row.getString(7)).get("firedRules").valueStream()
                        .map(rule -> rule.get("ruleId").asString() + "=" + rule.get("points").asInt()).toList())
                .list();
    }

    private static String randomLetters() {
        StringBuilder letters = new StringBuilder("Zq");
        ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    record Person(String externalId, String firstName, String lastName, String oldEmail, String oldPhone,
                  String email, String phone, String company, String detail) {

        List<String> values() {
            return List.of(externalId, firstName, lastName, oldEmail, oldPhone, email, phone, company, detail,
                    token());
        }

        /** The random part every value shares: nothing of the person may survive, not even a fragment. */
        String token() {
            return firstName.substring(2);
        }
    }
}
