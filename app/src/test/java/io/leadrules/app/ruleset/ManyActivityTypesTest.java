package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A version whose Points table scores 2,000 activity types of up to 100 characters (the most a rule set may hold)
 * is stored with its list whole. Until V14 the list took 10,000 characters: a 1,000-row Points table compiled and
 * passed its checks, and then its upload failed with an internal error when the version was stored.
 */
@SpringBootTest(classes = LeadRulesApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:many-activity-types-test;DB_CLOSE_DELAY=-1")
class ManyActivityTypesTest {

    @Autowired
    RuleVersionStore store;

    @Test
    void aVersionListingTwoThousandLongActivityTypesIsStoredWhole() {
        String types = IntStream.rangeClosed(1, 2_000)
                .mapToObj(n -> "T" + "_X".repeat(46) + String.format("_%05d", n)).collect(Collectors.joining(","));
        long id = store.nextId();

        store.insert(new RuleVersionRecord(id, "many types", "test", Instant.EPOCH, null,
                RuleVersionRecord.Status.DRAFT, "0".repeat(64), 2_000, types, "{}", null, null, "[]"), List.of());

        assertThat(types.length()).isGreaterThan(190_000);
        assertThat(store.find(id).orElseThrow().activityTypes()).isEqualTo(types);
    }
}
