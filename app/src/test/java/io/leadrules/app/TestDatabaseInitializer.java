package io.leadrules.app;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context (and every service a test starts in this JVM) at the database {@link TestDatabase}
 * chooses: nothing changes on H2; with the PostgreSQL switch on, the H2 URL the test names is replaced by its
 * PostgreSQL database. Registered in {@code META-INF/spring.factories} of the test class path, so that the tests'
 * own annotations keep naming their H2 databases.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (!TestDatabase.onPostgres() || url == null || !url.startsWith("jdbc:h2:")) {
            return;
        }
        // The test context cache keeps up to 32 contexts open, each with its own pool: one idle connection each
        // (extra ones retire after 10 s) keeps their sum under PostgreSQL's max_connections. The lock timeout is the
        // postgres profile's (application-postgres.yml).
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-tests", Map.of(
                "spring.datasource.url", TestDatabase.postgresUrl(url),
                "spring.datasource.username", TestDatabase.username(),
                "spring.datasource.password", TestDatabase.password(),
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000",
                "spring.datasource.hikari.connection-init-sql", "SET lock_timeout = '10s'")));
    }
}
