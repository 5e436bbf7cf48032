package io.leadrules.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.app.LeadRulesApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every instance on one database holds the same keys: an instance that would sign audit blocks, seal webhook secrets
 * or fingerprint retried requests with a key of its own refuses to start, saying which setting to correct; one given
 * the others' keys starts.
 */
class SharedKeysTest {

    @Test
    void anInstanceWithAnotherAuditKeyRefusesToStartAndOneWithTheSameKeysStarts(@TempDir Path first,
                                                                                   @TempDir Path second,
                                                                                   @TempDir Path third) {
        SharedDatabase database = SharedDatabase.named("shared-keys");
        try (ConfigurableApplicationContext one = start(first, database.arguments())) {
            List<String> ownAuditKey = new ArrayList<>(database.arguments().stream()
                    .filter(argument -> !argument.startsWith("--leadrules.audit.key-file=")).toList());
            ownAuditKey.add("--leadrules.audit.key-file=" + second.resolve("audit.key"));

            assertThatThrownBy(() -> start(second, ownAuditKey).close())
                    .rootCause().hasMessageContaining("This instance's audit key is not the one the other instances")
                    .hasMessageContaining("leadrules.audit.key-file");
            assertThat(Files.exists(second.resolve("audit.key"))).as("the key it created, which it must not use")
                    .isTrue();

            try (ConfigurableApplicationContext two = start(third, database.arguments())) {
                assertThat(two.isActive()).isTrue();
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, List<String> arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--leadrules.data-dir=" + dataDir));
        all.addAll(arguments);
        return new SpringApplicationBuilder(LeadRulesApplication.class).run(all.toArray(String[]::new));
    }
}
