package io.leadrules.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's class-path directories of services that were killed do not pile up in the temporary directory. */
class WorkerRuntimeTest {

    @TempDir
    Path temporary;

    @Test
    void aKilledServicesDirectoryIsRemovedAndLiveOnesAreKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path abandoned = Files.createDirectories(temporary.resolve("leadrules-sandbox-" + gone.pid() + "-1").resolve("lib"));
        Files.writeString(abandoned.resolve("app.jar"), "jar");
        Path live = Files.createDirectory(temporary.resolve("leadrules-sandbox-" + ProcessHandle.current().pid() + "-2"));
        Path unrelated = Files.createDirectory(temporary.resolve("leadrules-sandbox-notes"));

        WorkerRuntime.removeAbandoned(temporary);

        assertThat(abandoned.getParent()).doesNotExist();
        assertThat(live).isDirectory();
        assertThat(unrelated).isDirectory();
    }
}
