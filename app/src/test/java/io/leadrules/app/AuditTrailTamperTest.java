package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.trail.AuditSealer;
import io.leadrules.app.trail.BlockHead;
import io.leadrules.app.trail.Hashes;
import io.leadrules.app.trail.MerkleRoot;
import io.leadrules.app.trail.SealedEntries;
import io.leadrules.app.trail.SealedEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail against a database administrator: one row edited (or deleted) directly with SQL, or the whole chain
 * recomputed without the key, or a line taken from the head file, and the verification names the record. Each test
 * puts back what it changed, so the next one starts from a valid trail. Its own database, key and head file.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:audit-tamper-test;DB_CLOSE_DELAY=-1",
                "leadrules.audit.seal-interval=200ms", "leadrules.audit.max-entries-per-block=7"})
class AuditTrailTamperTest {

    static final Path FILES = temporaryDirectory();

    @DynamicPropertySource
    static void auditFiles(DynamicPropertyRegistry registry) {
        registry.add("leadrules.audit.key-file", () -> FILES.resolve("audit.key").toString());
        registry.add("leadrules.audit.head-file", () -> FILES.resolve("heads.jsonl").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SealedEntries entries;
    @Autowired
    AuditSealer sealer;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        String lead = createLead(UUID.randomUUID().toString());
        api.ok(api.postJson("/api/v1/leads/" + lead + "/activities", activities("later")));
        assertThat(verify().get("valid").asBoolean()).as("the trail before tampering").isTrue();
    }

    @Test
    void aDecisionWhoseScoreWasEditedIsNamed() {
        String decision = jdbc.sql("SELECT id FROM decisions ORDER BY decided_at DESC LIMIT 1").query(String.class)
                .single();
        int score = jdbc.sql("SELECT score FROM decisions WHERE id = :id").param("id", UUID.fromString(decision))
                .query(Integer.class).single();
        try {
            setScore(decision, score + 10);
            assertMismatch("decision", decision, "non-personal");
        } finally {
            setScore(decision, score);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aDecisionDeletedFromTheDatabaseIsNamed() {
        String decision = jdbc.sql("SELECT id FROM decisions ORDER BY decided_at DESC LIMIT 1").query(String.class)
                .single();
        jdbc.sql("CREATE TABLE deleted_decision AS SELECT * FROM decisions WHERE id = :id")
                .param("id", UUID.fromString(decision)).update();
        try {
            jdbc.sql("DELETE FROM decisions WHERE id = :id").param("id", UUID.fromString(decision)).update();
            assertMismatch("decision", decision, "deleted");
        } finally {
            jdbc.sql("INSERT INTO decisions SELECT * FROM deleted_decision").update();
            jdbc.sql("DROP TABLE deleted_decision").update();
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aRuleVersionDeletedFromTheDatabaseWithoutItsDeletionIsNamed() {
        String draft = uploadDraft();
        jdbc.sql("CREATE TABLE deleted_files AS SELECT * FROM rule_version_files WHERE version_id = :id")
                .param("id", Long.valueOf(draft)).update();
        jdbc.sql("CREATE TABLE deleted_version AS SELECT * FROM rule_versions WHERE id = :id")
                .param("id", Long.valueOf(draft)).update();
        try {
            jdbc.sql("DELETE FROM rule_version_files WHERE version_id = :id").param("id", Long.valueOf(draft)).update();
            jdbc.sql("DELETE FROM rule_versions WHERE id = :id").param("id", Long.valueOf(draft)).update();
            assertMismatch("rule-version", draft, "deleted");
        } finally {
            jdbc.sql("INSERT INTO rule_versions SELECT * FROM deleted_version").update();
            jdbc.sql("INSERT INTO rule_version_files SELECT * FROM deleted_files").update();
            jdbc.sql("DROP TABLE deleted_version").update();
            jdbc.sql("DROP TABLE deleted_files").update();
        }
        assertThat(api.delete("/api/v1/rulesets/" + draft).statusCode()).isEqualTo(204);
        assertThat(verify().get("valid").asBoolean()).as("a draft deleted through the API").isTrue();
    }

    @Test
    void aRuleFileWhoseBytesWereEditedIsNamed() {
        Map<String, Object> file = jdbc.sql("SELECT version_id, name, content FROM rule_version_files"
                + " ORDER BY version_id, position LIMIT 1").query().singleRow();
        byte[] original = (byte[]) file.get("CONTENT");
        byte[] edited = original.clone();
        edited[edited.length - 1] ^= 1;
        try {
            setContent(file, edited);
            assertMismatch("rule-file", file.get("VERSION_ID") + "/" + file.get("NAME"), "bytes");
        } finally {
            setContent(file, original);
        }
    }

    @Test
    void anAuditEntryWhoseActorWasEditedIsNamed() {
        long sequence = lastSequence();
        String actor = jdbc.sql("SELECT actor FROM audit_entries WHERE sequence_number = :s").param("s", sequence)
                .query(String.class).single();
        try {
            setActor(sequence, "somebody-else");
            assertMismatch("audit-entry", Long.toString(sequence), "changed");
        } finally {
            setActor(sequence, actor);
        }
    }

    @Test
    void aDeletedAuditEntryIsNamedAndTheGapIsNotMistakenForAnythingElse() {
        long sequence = lastSequence() - 1;
        SealedEntry entry = entries.sequenceRange(sequence, sequence).get(0);
        jdbc.sql("DELETE FROM audit_entries WHERE sequence_number = :s").param("s", sequence).update();
        try {
            assertMismatch("audit-entry", Long.toString(sequence), "missing");
        } finally {
            reinsert(entry);
        }
    }

    @Test
    void anEntryAddedByHandWithoutASequenceNumberIsNamedAndNotSealed() {
        SealedEntry copied = entries.sequenceRange(lastSequence(), lastSequence()).get(0);
        long row = jdbc.sql("INSERT INTO audit_entries (recorded_at, actor, action, subject_type, subject_id, digest)"
                        + " VALUES (:at, 'somebody-else', :action, :type, :subject, :digest)")
                .param("at", Timestamp.from(copied.recordedAt())).param("action", copied.action())
                .param("type", copied.subjectType()).param("subject", copied.subjectId())
                .param("digest", copied.digest()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM audit_entries").query(Long.class).single();
        try {
            assertThat(row).isEqualTo(1);
            assertMismatch("audit-entry", "row " + id, "by hand");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE id = :id AND sequence_number IS NULL")
                    .param("id", id).query(Long.class).single()).as("the sealer left it alone").isEqualTo(1);
        } finally {
            jdbc.sql("DELETE FROM audit_entries WHERE id = :id").param("id", id).update();
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aChainRecomputedInTheDatabaseWithoutTheKeyFails() {
        List<BlockHead> original = entries.blocks(1, Integer.MAX_VALUE);
        long sequence = lastSequence();
        SealedEntry entry = entries.sequenceRange(sequence, sequence).get(0);
        try {
            setActor(sequence, "somebody-else");
            recomputeEverything(Hashes.sha256("a key the administrator made up").getBytes());
            assertMismatch("block", "1", "signature");
        } finally {
            setActor(sequence, entry.actor());
            jdbc.sql("UPDATE audit_entries SET entry_hash = :h WHERE sequence_number = :s")
                    .param("h", entry.entryHash()).param("s", sequence).update();
            jdbc.sql("DELETE FROM audit_blocks").update();
            original.forEach(this::insertBlock);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aHeadLineRemovedFromTheHeadFileIsNamed() throws IOException {
        Path heads = FILES.resolve("heads.jsonl");
        List<String> lines = Files.readAllLines(heads);
        BlockHead last = entries.lastBlock().orElseThrow();
        List<String> without = new ArrayList<>(lines);
        without.removeIf(line -> line.contains("\"hash\":\"" + last.hash() + "\""));
        assertThat(without).hasSize(lines.size() - 1);
        Files.write(heads, without);
        try {
            assertMismatch("head-file", Long.toString(last.number()), "no line");
        } finally {
            Files.write(heads, lines);
        }
    }

    @Test
    void anErasedLeadStaysValidAndItsDecisionsAreStillChecked() {
        String lead = createLead(UUID.randomUUID().toString());
        assertThat(api.delete("/api/v1/leads/" + lead).statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_salts WHERE lead_id = :l").param("l", UUID.fromString(lead))
                .query(Long.class).single()).isZero();
        assertThat(verify().get("valid").asBoolean()).isTrue();

        String decision = jdbc.sql("SELECT id FROM decisions WHERE lead_id = :l LIMIT 1")
                .param("l", UUID.fromString(lead)).query(String.class).single();
        int score = jdbc.sql("SELECT score FROM decisions WHERE id = :id").param("id", UUID.fromString(decision))
                .query(Integer.class).single();
        try {
            setScore(decision, score - 1);
            assertMismatch("decision", decision, "non-personal");
        } finally {
            setScore(decision, score);
        }
    }

    @Test
    void concurrentWritersAreEachSealedExactlyOnceInAValidChain() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            done.add(writers.submit(() -> {
                for (int n = 0; n < 5; n++) {
                    String lead = createLead(UUID.randomUUID().toString());
                    api.ok(api.postJson("/api/v1/leads/" + lead + "/activities", activities("more-" + n)));
                }
            }));
        }
        for (Future<?> writer : done) {
            writer.get();
        }
        writers.shutdown();

        assertThat(verify().get("valid").asBoolean()).isTrue();
        Map<String, Object> counts = jdbc.sql("SELECT COUNT(*) AS total, COUNT(sequence_number) AS sealed,"
                + " COUNT(DISTINCT sequence_number) AS distinct_sequences, MAX(sequence_number) AS highest"
                + " FROM audit_entries").query().singleRow();
        assertThat(counts.get("SEALED")).isEqualTo(counts.get("TOTAL"));
        assertThat(counts.get("DISTINCT_SEQUENCES")).isEqualTo(counts.get("TOTAL"));
        assertThat(((Number) counts.get("HIGHEST")).longValue()).isEqualTo(((Number) counts.get("TOTAL")).longValue());
        assertThat(entries.lastBlock().orElseThrow().number()).isGreaterThan(1);
    }

    @Test
    void theEventsListNamesWhoDidWhatToWhichRecord() {
        String lead = createLead(UUID.randomUUID().toString());

        JsonNode page = api.ok(api.get("/api/v1/audit/events?subject=" + lead));

        List<String> actions = new ArrayList<>();
        page.get("items").forEach(item -> actions.add(item.get("action").asString()));
        assertThat(actions).containsExactly("LEAD_CREATED", "ACTIVITIES_ACCEPTED");
        JsonNode created = page.get("items").get(0);
        assertThat(created.get("actor").asString()).isEqualTo("admin");
        assertThat(created.get("subject").get("type").asString()).isEqualTo("lead");
        assertThat(created.get("digest").asString()).hasSize(64);
        assertThat(api.ok(api.get("/api/v1/audit/events?action=decision_recorded&size=1")).get("total").asLong())
                .isPositive();
    }

    @Test
    void anUnknownActionIsAnInvalidQuery() {
        api.problem(api.get("/api/v1/audit/events?action=LEAD_STOLEN"), 400, "/problems/invalid-query");
    }

    private JsonNode verify() {
        return api.ok(api.get("/api/v1/audit/verification"));
    }

    /** A draft with the content of the active version: one of its DRL files uploaded again. */
    private String uploadDraft() {
        JsonNode active = api.ok(api.get("/api/v1/rulesets/active"));
        String file = active.get("files").valueStream().map(candidate -> candidate.get("name").asString())
                .filter(name -> name.endsWith(".drl")).findFirst().orElseThrow();
        String content = api.get("/api/v1/rulesets/" + active.get("id").asString() + "/files/" + file).body();
        return api.expect(201, api.upload("/api/v1/rulesets", file, content)).get("id").asString();
    }

    private void assertMismatch(String record, String id, String reason) {
        JsonNode answer = verify();
        assertThat(answer.get("valid").asBoolean()).as(answer.toString()).isFalse();
        JsonNode mismatch = answer.get("firstMismatch");
        assertThat(mismatch.get("record").asString()).as(answer.toString()).isEqualTo(record);
        assertThat(mismatch.get("id").asString()).as(answer.toString()).isEqualTo(id);
        assertThat(mismatch.get("reason").asString()).contains(reason);
    }

    private String createLead(String tag) {
        String body = """
                {"lead": {"externalId": "crm-%1$s", "firstName": "Ana", "lastName": "Tamper", "email": "%1$s@ex.com",
                "company": "Co %1$s", "jobTitle": "Marketing Director", "industry": "SOFTWARE", "companySize": 250,
                "country": "ES", "consent": {"dataProcessing": true}},
                "activities": [{"id": "first", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z",
                "detail": "asked about %1$s"}]}""".formatted(tag);
        return api.tree(api.postJson("/api/v1/leads", body).body()).get("id").asString();
    }

    private static String activities(String id) {
        return "[{\"id\": \"" + id + "\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \""
                + Instant.now().minusSeconds(60) + "\"}]";
    }

    private long lastSequence() {
        sealer.sealWaiting();
        return jdbc.sql("SELECT MAX(sequence_number) FROM audit_entries").query(Long.class).single();
    }

    private void setScore(String decision, int score) {
        jdbc.sql("UPDATE decisions SET score = :score WHERE id = :id").param("score", score)
                .param("id", UUID.fromString(decision)).update();
    }

    private void setContent(Map<String, Object> file, byte[] content) {
        jdbc.sql("UPDATE rule_version_files SET content = :c WHERE version_id = :v AND name = :n")
                .param("c", content).param("v", file.get("VERSION_ID")).param("n", file.get("NAME")).update();
    }

    private void setActor(long sequence, String actor) {
        jdbc.sql("UPDATE audit_entries SET actor = :a WHERE sequence_number = :s").param("a", actor)
                .param("s", sequence).update();
    }

    private void reinsert(SealedEntry e) {
        jdbc.sql("INSERT INTO audit_entries (id, recorded_at, actor, action, subject_type, subject_id, digest,"
                        + " personal_digest, sequence_number, block_number, entry_hash) VALUES (:id, :at, :actor,"
                        + " :action, :type, :subject, :digest, :personal, :sequence, :block, :hash)")
                .param("id", e.id()).param("at", Timestamp.from(e.recordedAt())).param("actor", e.actor())
                .param("action", e.action()).param("type", e.subjectType()).param("subject", e.subjectId())
                .param("digest", e.digest()).param("personal", e.personalDigest())
                .param("sequence", e.sequenceNumber()).param("block", e.blockNumber()).param("hash", e.entryHash())
                .update();
    }

    /** What an administrator without the key can do: every entry hash, root, chain link and signature made again. */
    private void recomputeEverything(byte[] madeUpKey) {
        String previous = BlockHead.GENESIS;
        for (BlockHead block : entries.blocks(1, Integer.MAX_VALUE)) {
            List<String> hashes = new ArrayList<>();
            for (SealedEntry entry : entries.sequenceRange(block.firstSequence(), block.lastSequence())) {
                String hash = entry.computedHash();
                jdbc.sql("UPDATE audit_entries SET entry_hash = :h WHERE id = :id").param("h", hash)
                        .param("id", entry.id()).update();
                hashes.add(hash);
            }
            String root = MerkleRoot.of(hashes);
            BlockHead draft = new BlockHead(block.number(), block.firstSequence(), block.lastSequence(), root,
                    previous, null, null, block.sealedAt());
            String hash = draft.computedHash();
            jdbc.sql("UPDATE audit_blocks SET merkle_root = :r, previous_hash = :p, block_hash = :h, signature = :s"
                            + " WHERE block_number = :n").param("r", root).param("p", previous).param("h", hash)
                    .param("s", Hashes.hmac(madeUpKey, hash)).param("n", block.number()).update();
            previous = hash;
        }
    }

    private void insertBlock(BlockHead head) {
        jdbc.sql("INSERT INTO audit_blocks (block_number, first_sequence, last_sequence, merkle_root, previous_hash,"
                        + " block_hash, signature, sealed_at) VALUES (:n, :f, :l, :r, :p, :h, :s, :at)")
                .param("n", head.number()).param("f", head.firstSequence()).param("l", head.lastSequence())
                .param("r", head.merkleRoot()).param("p", head.previousHash()).param("h", head.hash())
                .param("s", head.signature()).param("at", Timestamp.from(head.sealedAt())).update();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("audit-trail-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
