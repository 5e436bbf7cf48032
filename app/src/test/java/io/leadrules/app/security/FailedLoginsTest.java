package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The failed-login limit per user name and per address, its window, and what a success forgets, counted in the
 * database the instances share (two instances counting in one table: {@code cluster.SharedStateTest}).
 */
class FailedLoginsTest {

    private static final DataSource DATABASE = TestDatabase.dataSource(
            "jdbc:h2:mem:failed-logins-test;DB_CLOSE_DELAY=-1");
    private static final JdbcClient JDBC = JdbcClient.create(DATABASE);

    private final MovableClock clock = new MovableClock();
    private final FailedLogins logins = new FailedLogins(JDBC, new SecuritySettings(null, null, null,
            new SecuritySettings.FailedLoginLimit(3, 5, Duration.ofMinutes(10)), null), clock);

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(DATABASE).locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void noFailuresYet() {
        JDBC.sql("DELETE FROM failed_logins").update();
    }

    @Test
    void closedWindowsAreForgotten() {
        fail("ana", "10.0.0.1", 3);
        clock.now = clock.now.plus(Duration.ofMinutes(10));

        logins.forgetClosedWindows();

        assertThat(JDBC.sql("SELECT COUNT(*) FROM failed_logins").query(Long.class).single()).isZero();
    }

    @Test
    void aUserNameIsRefusedAfterItsLimitUntilTheWindowCloses() {
        fail("ana", "10.0.0.1", 2);
        assertThat(logins.refusedFor("ana", "10.0.0.9")).isEmpty();

        fail("ana", "10.0.0.1", 1);
        assertThat(logins.refusedFor("ana", "10.0.0.9")).hasValue(Duration.ofMinutes(10));

        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(logins.refusedFor("ana", "10.0.0.9")).hasValue(Duration.ofMinutes(6));
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(logins.refusedFor("ana", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressIsRefusedAfterItsLimitWhateverTheUserName() {
        for (int i = 0; i < 5; i++) {
            fail("user" + i, "10.0.0.1", 1);
        }

        assertThat(logins.refusedFor("someone-else", "10.0.0.1")).isPresent();
        assertThat(logins.refusedFor("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheUsersFailuresButNotTheAddresses() {
        fail("ana", "10.0.0.1", 2);
        logins.succeeded("ana");
        fail("ana", "10.0.0.1", 2);

        assertThat(logins.refusedFor("ana", "10.0.0.2")).isEmpty();
        fail("bob", "10.0.0.1", 1);
        assertThat(logins.refusedFor("carol", "10.0.0.1")).isPresent();
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            logins.failed(user, address);
        }
    }

    private static final class MovableClock extends Clock {

        Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
