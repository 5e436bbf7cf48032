package io.leadrules.app.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The service's data directory ({@code leadrules.data-dir}: the H2 files) is closed to other users (0700) once the
 * service is up, so that the worker's user cannot read the database even if a rule escaped every other check. It
 * runs first among the listeners of that event: the warm worker starts on the same event, and must find it closed.
 */
@Component
class DataDirectoryWall {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryWall.class);

    private final Environment environment;

    DataDirectoryWall(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void close() {
        String dataDir = environment.getProperty("leadrules.data-dir");
        if (dataDir == null || !Files.isDirectory(Path.of(dataDir))) {
            return;
        }
        try {
            Files.setPosixFilePermissions(Path.of(dataDir), PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Could not close {} to other users: {}", dataDir, e.toString());
        }
    }
}
