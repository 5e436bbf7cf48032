package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.TestCredentials;
import io.leadrules.app.calibration.Calibrations;
import io.leadrules.rules.backtest.calibration.CalibrationMethod;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A valid request for every endpoint of the role matrix, over subjects made once as the admin (a stored lead and its
 * decision, a draft rule version, a simulation, a rescoring job). A call that destroys or changes its subject for
 * good (erasure, activation, revocation, a user's change, a cancel) gets a fresh subject each time. A job to cancel is
 * stored QUEUED straight into its table, on no lane: a job started over HTTP could finish before the cancel arrives,
 * which then rightly answers 409.
 */
final class ExampleRequests {

    /** A request: method, concrete path, body (or null) and its Content-Type. */
    record Example(String method, String path, byte[] body, String contentType) {

        static Example of(String method, String path) {
            return new Example(method, path, null, null);
        }

        static Example json(String method, String path, String json) {
            return new Example(method, path, json.getBytes(StandardCharsets.UTF_8), "application/json");
        }
    }

    private final SecurityHttp http;
    private final JdbcClient jdbc;
    private final String version;
    private final String draft;
    private final String ruleFile;
    private final String scenarioFile;
    private final String lead;
    private final JsonNode decision;
    private final String simulation;
    private final String rescoring;
    private final String backtest;
    private final Calibrations calibrations;
    private final String calibration;
    private final String leadImport;

    ExampleRequests(SecurityHttp http, JdbcClient jdbc, Calibrations calibrations) {
        this.http = http;
        this.jdbc = jdbc;
        this.calibrations = calibrations;
        JsonNode active = admin("GET", "/api/v1/rulesets/active", null, 200);
        this.version = active.get("id").asString();
        this.ruleFile = fileEndingWith(active, ".drl.xlsx");
        this.scenarioFile = fileEndingWith(active, ".scenarios.csv");
        this.draft = newDraft();
        this.lead = newLead();
        this.decision = admin("GET", "/api/v1/leads/" + lead + "/decisions", null, 200).get("items").get(0);
        this.simulation = admin("POST", "/api/v1/rulesets/" + draft + "/simulation", null, 202).get("id").asString();
        this.rescoring = admin("POST", "/api/v1/rescoring-jobs", null, 202).get("id").asString();
        admin("POST", "/api/v1/leads/" + lead + "/outcomes",
                "{\"outcome\": \"CONVERTED\", \"occurredAt\": \"2026-11-21T09:00:00Z\"}", 201);
        this.backtest = finishedBacktest();
        this.calibration = newCalibration();
        this.leadImport = newLeadImport();
    }

    /** An import of one lead (POST /api/v1/scores/batch?store=true), as the admin started it. */
    private String newLeadImport() {
        HttpResponse<String> started = http.sendBytes("POST", "/api/v1/scores/batch?store=true",
                leadBody(tag()).replace("\n", " ").getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                "Authorization", TestCredentials.ADMIN_AUTHORIZATION);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return SecurityHttp.JSON.readTree(started.body()).get("id").asString();
    }

    private String queuedLeadImport() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO lead_imports (id, state, total_lines, lines_read, created, updated, rejected, problems,"
                        + " created_at, created_by) VALUES (:id, 'QUEUED', 1, 0, 0, 0, 0, '[]', :at, 'admin')")
                .param("id", id).param("at", Timestamp.from(Instant.now())).update();
        return id.toString();
    }

    /** A backtest of the draft over a small dataset, once DONE (so its suggested points can be asked for). */
    private String finishedBacktest() {
        StringBuilder csv = new StringBuilder("createdAt,outcome,jobTitle,industry,companySize,activities\n");
        for (int i = 0; i < 60; i++) {
            boolean director = i % 2 == 0;
            csv.append("2026-01-05T09:00:00Z,").append(director == (i % 5 != 0) ? "WON" : "LOST").append(',')
                    .append(director ? "Marketing Director" : "Student").append(",SOFTWARE,250,")
                    .append(director ? "DEMO_REQUESTED@+1d" : "PAGE_VIEW@+1d").append('\n');
        }
        HttpResponse<String> started = http.sendBytes("POST", "/api/v1/rulesets/" + draft + "/backtest",
                csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv", "Authorization",
                TestCredentials.ADMIN_AUTHORIZATION);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = SecurityHttp.JSON.readTree(started.body()).get("id").asString();
        Instant giveUp = Instant.now().plusSeconds(60);
        while (!admin("GET", "/api/v1/backtests/" + id, null, 200).get("state").asString().equals("DONE")
                && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
        }
        return id;
    }

    /** The version that was active before: the test activates it again when it is done. */
    String activeVersion() {
        return version;
    }

    Example of(RoleMatrix.Row row, boolean allowed) {
        return switch (row.endpoint()) {
            case "POST /api/v1/scores" -> Example.json("POST", "/api/v1/scores", leadBody(tag()));
            case "POST /api/v1/scores/batch" -> new Example("POST", "/api/v1/scores/batch",
                    (leadBody(tag()).replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8),
                    "application/x-ndjson");
            case "POST /api/v1/leads" -> Example.json("POST", "/api/v1/leads", leadBody(tag()));
            case "GET /api/v1/leads" -> Example.of("GET", "/api/v1/leads?size=1");
            case "GET /api/v1/leads/{id}" -> Example.of("GET", "/api/v1/leads/" + lead);
            case "PATCH /api/v1/leads/{id}" -> new Example("PATCH", "/api/v1/leads/" + lead,
                    "{\"jobTitle\": \"CMO\"}".getBytes(StandardCharsets.UTF_8), "application/merge-patch+json");
            case "DELETE /api/v1/leads/{id}" -> Example.of("DELETE", "/api/v1/leads/" + newLead());
            case "GET /api/v1/leads/{id}/activities" -> Example.of("GET", "/api/v1/leads/" + lead + "/activities");
            case "POST /api/v1/leads/{id}/activities" -> Example.json("POST", "/api/v1/leads/" + lead + "/activities",
                    "{\"id\": \"" + tag() + "\", \"type\": \"WEBINAR_ATTENDED\", \"occurredAt\": \"2026-11-20T10:00:00Z\"}");
            case "GET /api/v1/leads/{id}/outcomes" -> Example.of("GET", "/api/v1/leads/" + lead + "/outcomes");
            case "POST /api/v1/leads/{id}/outcomes" -> Example.json("POST", "/api/v1/leads/" + lead + "/outcomes",
                    "{\"outcome\": \"CONVERTED\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}");
            case "POST /api/v1/outcomes/import" -> new Example("POST", "/api/v1/outcomes/import",
                    ("leadId,outcome,occurredAt\n" + lead + ",WON,2026-11-21T11:00:00Z\n")
                            .getBytes(StandardCharsets.UTF_8), "text/csv");
            case "GET /api/v1/leads/{id}/score" -> Example.of("GET", "/api/v1/leads/" + lead + "/score?asOf="
                    + decision.get("decidedAt").asString());
            case "GET /api/v1/leads/{id}/decisions" -> Example.of("GET", "/api/v1/leads/" + lead + "/decisions");
            case "GET /api/v1/decisions/{id}" -> Example.of("GET", "/api/v1/decisions/" + decisionId());
            case "POST /api/v1/decisions/{id}/replay" -> Example.of("POST", "/api/v1/decisions/" + decisionId() + "/replay");
            case "POST /api/v1/rescoring-jobs" -> Example.of("POST", "/api/v1/rescoring-jobs");
            case "GET /api/v1/rescoring-jobs/{id}" -> Example.of("GET", "/api/v1/rescoring-jobs/" + rescoring);
            case "POST /api/v1/rescoring-jobs/{id}/cancel" -> Example.of("POST", "/api/v1/rescoring-jobs/"
                    + (allowed ? queuedRescoring() : rescoring) + "/cancel");
            default -> leadImports(row, allowed);
        };
    }

    /** ?store=true on bulk scoring's path (SCORER only) has its own test in lead.imports. */
    private Example leadImports(RoleMatrix.Row row, boolean allowed) {
        return switch (row.endpoint()) {
            case "GET /api/v1/lead-imports" -> Example.of("GET", "/api/v1/lead-imports?size=1");
            case "GET /api/v1/lead-imports/{id}" -> Example.of("GET", "/api/v1/lead-imports/" + leadImport);
            case "POST /api/v1/lead-imports/{id}/cancel" -> Example.of("POST", "/api/v1/lead-imports/"
                    + (allowed ? queuedLeadImport() : leadImport) + "/cancel");
            default -> rulesOrAdministration(row, allowed);
        };
    }

    private Example rulesOrAdministration(RoleMatrix.Row row, boolean allowed) {
        String versions = "/api/v1/rulesets/";
        return switch (row.endpoint()) {
            case "POST /api/v1/rulesets" -> upload();
            case "GET /api/v1/rulesets" -> Example.of("GET", "/api/v1/rulesets");
            case "GET /api/v1/rulesets/active" -> Example.of("GET", versions + "active");
            case "GET /api/v1/rulesets/{id}" -> Example.of("GET", versions + draft);
            case "POST /api/v1/rulesets/{id}/test" -> Example.of("POST", versions + draft + "/test");
            case "DELETE /api/v1/rulesets/{id}" -> Example.of("DELETE", versions + (allowed ? newDraft() : draft));
            case "GET /api/v1/rulesets/{id}/review" -> Example.of("GET", versions + draft + "/review");
            case "POST /api/v1/rulesets/{id}/activation" -> Example.of("POST", versions
                    + (allowed ? newDraft() : draft) + "/activation");
            case "GET /api/v1/rulesets/{id}/activation" -> Example.of("GET", versions + draft + "/activation");
            case "DELETE /api/v1/rulesets/{id}/activation" -> Example.of("DELETE", versions
                    + (allowed ? pendingDraft() : draft) + "/activation");
            case "GET /api/v1/rulesets/{id}/files/{name}" -> Example.of("GET", versions + draft + "/files/" + ruleFile);
            case "GET /api/v1/rulesets/{id}/rules" -> Example.of("GET", versions + draft + "/rules");
            case "GET /api/v1/rulesets/{id}/diff" -> Example.of("GET", versions + draft + "/diff");
            case "GET /api/v1/rulesets/{id}/scenarios/{file}/actual" -> Example.of("GET", versions + draft
                    + "/scenarios/" + scenarioFile + "/actual");
            case "POST /api/v1/rulesets/{id}/scenarios/accept" -> Example.of("POST", versions + draft + "/scenarios/accept");
            case "POST /api/v1/rulesets/{id}/simulation" -> Example.of("POST", versions + draft + "/simulation");
            case "GET /api/v1/rulesets/{id}/simulations" -> Example.of("GET", versions + draft + "/simulations");
            case "GET /api/v1/simulations/{id}" -> Example.of("GET", "/api/v1/simulations/" + simulation);
            case "POST /api/v1/rulesets/{id}/backtest" -> Example.json("POST", versions + draft + "/backtest",
                    "{\"cutoffDays\": 0}");
            case "GET /api/v1/rulesets/{id}/backtests" -> Example.of("GET", versions + draft + "/backtests");
            case "GET /api/v1/backtests/{id}" -> Example.of("GET", "/api/v1/backtests/" + backtest);
            case "POST /api/v1/backtests/{id}/cancel" -> Example.of("POST", "/api/v1/backtests/"
                    + (allowed ? queuedBacktest() : backtest) + "/cancel");
            case "POST /api/v1/backtests/{id}/calibration" -> Example.json("POST", "/api/v1/backtests/" + backtest
                    + "/calibration", "{\"method\": \"ISOTONIC\"}");
            case "GET /api/v1/backtests/{id}/suggested-points" -> Example.of("GET", "/api/v1/backtests/" + backtest
                    + "/suggested-points");
            case "GET /api/v1/backtests/{id}/suggested-points/workbooks" -> Example.of("GET", "/api/v1/backtests/"
                    + backtest + "/suggested-points/workbooks");
            case "POST /api/v1/simulations/{id}/cancel" -> Example.of("POST", "/api/v1/simulations/"
                    + (allowed ? queuedSimulation() : simulation) + "/cancel");
            case "GET /api/v1/rulesets/{id}/calibrations" -> Example.of("GET", versions + draft + "/calibrations");
            case "GET /api/v1/calibrations/{id}" -> Example.of("GET", "/api/v1/calibrations/" + calibration);
            case "POST /api/v1/calibrations/{id}/approval" -> Example.of("POST", "/api/v1/calibrations/"
                    + newCalibration() + "/approval");
            default -> administration(row);
        };
    }

    private Example administration(RoleMatrix.Row row) {
        return switch (row.endpoint()) {
            case "GET /api/v1/audit/events" -> Example.of("GET", "/api/v1/audit/events?size=5");
            case "GET /api/v1/audit/verification" -> Example.of("GET", "/api/v1/audit/verification");
            case "POST /api/v1/users" -> Example.json("POST", "/api/v1/users", "{\"name\": \"" + tag()
                    + "\", \"roles\": [\"SALES\"]}");
            case "GET /api/v1/users" -> Example.of("GET", "/api/v1/users");
            case "GET /api/v1/users/{name}" -> Example.of("GET", "/api/v1/users/admin");
            case "PATCH /api/v1/users/{name}" -> Example.json("PATCH", "/api/v1/users/" + newUser(),
                    "{\"enabled\": false}");
            case "POST /api/v1/users/{name}/password-reset" -> Example.of("POST", "/api/v1/users/" + newUser()
                    + "/password-reset");
            case "POST /api/v1/api-keys" -> Example.json("POST", "/api/v1/api-keys",
                    "{\"user\": \"admin\", \"roles\": [\"SALES\"], \"label\": \"matrix\"}");
            case "GET /api/v1/api-keys" -> Example.of("GET", "/api/v1/api-keys");
            case "DELETE /api/v1/api-keys/{id}" -> Example.of("DELETE", "/api/v1/api-keys/"
                    + http.key("admin", "SALES").get("id").asLong());
            default -> webhooks(row);
        };
    }

    /** Subscriptions on a loopback port nothing listens on: the tests' settings allow it, and nothing is sent. */
    private Example webhooks(RoleMatrix.Row row) {
        String hooks = "/api/v1/webhooks";
        return switch (row.endpoint()) {
            case "POST /api/v1/webhooks" -> Example.json("POST", hooks, WEBHOOK);
            case "GET /api/v1/webhooks" -> Example.of("GET", hooks);
            case "GET /api/v1/webhooks/{id}" -> Example.of("GET", hooks + "/" + newWebhook());
            case "PUT /api/v1/webhooks/{id}" -> Example.json("PUT", hooks + "/" + newWebhook(), WEBHOOK);
            case "DELETE /api/v1/webhooks/{id}" -> Example.of("DELETE", hooks + "/" + newWebhook());
            case "GET /api/v1/webhooks/{id}/deliveries" -> Example.of("GET", hooks + "/" + newWebhook()
                    + "/deliveries");
            case "POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/resend" -> failedDelivery();
            default -> operations(row);
        };
    }

    private Example operations(RoleMatrix.Row row) {
        return switch (row.endpoint()) {
            case "GET /actuator/prometheus" -> Example.of("GET", "/actuator/prometheus");
            case "GET /actuator/info" -> Example.of("GET", "/actuator/info");
            default -> throw new IllegalStateException("No example request for " + row.endpoint()
                    + ": add one to ExampleRequests");
        };
    }

    private static final String WEBHOOK = "{\"url\": \"http://127.0.0.1:9/matrix\", \"events\": [\"ruleset.activated\"],"
            + " \"active\": false}";

    private String newWebhook() {
        return admin("POST", "/api/v1/webhooks", WEBHOOK, 201).get("subscription").get("id").asString();
    }

    /** A delivery of a new (inactive) subscription, given up: the one kind that may be resent. */
    private Example failedDelivery() {
        String webhook = newWebhook();
        UUID event = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO webhook_events (id, type, lead_id, occurred_at, payload) VALUES (:id,"
                + " 'ruleset.activated', NULL, :at, '{}')").param("id", event).param("at", now).update();
        jdbc.sql("INSERT INTO webhook_deliveries (id, event_id, subscription_id, ordering_key, state, attempts,"
                        + " next_attempt_at, give_up_at, created_at) VALUES (:id, :event, :webhook, 'ruleset', 'FAILED',"
                        + " 1, :at, :at, :at)").param("id", delivery).param("event", event)
                .param("webhook", UUID.fromString(webhook)).param("at", now).update();
        return Example.of("POST", "/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/resend");
    }

    private String queuedRescoring() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO rescoring_jobs (id, state, processed, total, changed, failures, as_of, created_at)"
                + " VALUES (:id, 'QUEUED', 0, 0, 0, 0, :at, :at)").param("id", id)
                .param("at", Timestamp.from(Instant.now())).update();
        return id.toString();
    }

    private String queuedSimulation() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO simulations (id, ruleset_version, baseline_version, state, processed, total, failures,"
                        + " as_of, lead_filter, created_at)"
                        + " VALUES (:id, :draft, :version, 'QUEUED', 0, 0, 0, :at, '{}', :at)")
                .param("id", id).param("draft", draft).param("version", version)
                .param("at", Timestamp.from(Instant.now())).update();
        return id.toString();
    }

    private String queuedBacktest() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO backtests (id, ruleset_version, baseline_version, source, cutoff_days, state, processed,"
                        + " total, failures, created_at, created_by)"
                        + " VALUES (:id, :draft, :version, 'STORED_LEADS', 30, 'QUEUED', 0, 0, 0, :at, 'admin')")
                .param("id", id).param("draft", draft).param("version", version)
                .param("at", Timestamp.from(Instant.now())).update();
        return id.toString();
    }

    private String decisionId() {
        return decision.get("id").asString();
    }

    private String newLead() {
        return admin("POST", "/api/v1/leads", leadBody(tag()), 201).get("id").asString();
    }

    /**
     * A PROPOSED calibration of the draft, proposed by the service itself (no request: the actor is "system"), so
     * that any key may approve it with four eyes on. Calibrating the draft leaves the active version's answers alone.
     */
    private String newCalibration() {
        int[] scores = new int[40];
        boolean[] converted = new boolean[40];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i * 2;
            converted[i] = i % 3 == 0 || i > 30;
        }
        return calibrations.propose(draft, null, CalibrationMethod.ISOTONIC, scores, converted).id().toString();
    }

    private String newUser() {
        String name = tag();
        http.user(name, "a long enough password", "SALES");
        return name;
    }

    /** A draft with the content of the active version: one of its tables of a shipped kind uploaded again. */
    private String newDraft() {
        Example upload = upload();
        HttpResponse<String> created = http.sendBytes("POST", upload.path(), upload.body(), upload.contentType(),
                "Authorization", TestCredentials.ADMIN_AUTHORIZATION);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return SecurityHttp.JSON.readTree(created.body()).get("id").asString();
    }

    /** A new draft with an activation pending an hour ahead: one to call off. */
    private String pendingDraft() {
        String draft = newDraft();
        HttpResponse<String> pending = http.sendBytes("POST", "/api/v1/rulesets/" + draft + "/activation?effectiveAt="
                + java.time.Instant.now().plusSeconds(3600), new byte[0], null,
                "Authorization", TestCredentials.ADMIN_AUTHORIZATION);
        assertThat(pending.statusCode()).as(pending.body()).isEqualTo(202);
        return draft;
    }

    private Example upload() {
        byte[] content = http.bytesAsAdmin("/api/v1/rulesets/" + version + "/files/" + ruleFile);
        String boundary = "matrix" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + ruleFile + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Example("POST", "/api/v1/rulesets", body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private JsonNode admin(String method, String path, String json, int status) {
        HttpResponse<String> answer = http.asAdmin(method, path, json);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
        return SecurityHttp.JSON.readTree(answer.body());
    }

    private static String fileEndingWith(JsonNode version, String ending) {
        return version.get("files").valueStream().map(file -> file.get("name").asString())
                .filter(name -> name.endsWith(ending)).findFirst().orElseThrow();
    }

    private static String leadBody(String tag) {
        return """
                {"lead": {"externalId": "crm-%1$s", "firstName": "Mara", "lastName": "Trix",
                          "email": "mara.%1$s@acme-soft.com", "company": "Acme Soft %1$s",
                          "jobTitle": "Marketing Director", "industry": "SOFTWARE", "companySize": 250, "country": "ES",
                          "consent": {"dataProcessing": true}},
                 "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}"""
                .formatted(tag);
    }

    private static String tag() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
