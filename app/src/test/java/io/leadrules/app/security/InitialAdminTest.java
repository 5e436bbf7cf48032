package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** The first start: an admin with every role and a key, configured or printed once; never a second time. */
class InitialAdminTest {

    private static final String CONFIGURED = "a-configured-key-of-more-than-32-characters";

    private final UserStore users = mock(UserStore.class);
    private final ApiKeyStore keys = mock(ApiKeyStore.class);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final StoredUser admin = new StoredUser(1, "admin", null, EnumSet.allOf(Role.class), true, Instant.EPOCH,
            Instant.EPOCH);

    @Test
    void anEmptyDatabaseGetsAnAdminWithEveryRoleAndAGeneratedKeyPrintedOnce() {
        given(users.isEmpty()).willReturn(true);
        given(users.create(eq("admin"), isNull(), any(), any())).willReturn(admin);

        start(null);

        ArgumentCaptor<String> key = ArgumentCaptor.forClass(String.class);
        then(keys).should().create(eq(admin), key.capture(), eq(EnumSet.allOf(Role.class)), anyString(), isNull(), any());
        assertThat(key.getValue()).startsWith("lr_").hasSize(46);
        assertThat(printed()).contains(key.getValue()).contains("shown ONCE");
    }

    @Test
    void aConfiguredKeyIsTheAdminsKeyAndIsNotPrinted() {
        given(users.isEmpty()).willReturn(true);
        given(users.create(eq("admin"), isNull(), any(), any())).willReturn(admin);

        start(CONFIGURED);

        then(keys).should().create(eq(admin), eq(CONFIGURED), eq(EnumSet.allOf(Role.class)), anyString(),
                isNull(), any());
        assertThat(printed()).isEmpty();
    }

    @Test
    void aDatabaseWithUsersGetsNoAdminAndNoKey() {
        given(users.isEmpty()).willReturn(false);

        start(CONFIGURED);

        then(users).should(never()).create(any(), any(), any(), any());
        then(keys).shouldHaveNoInteractions();
        assertThat(printed()).isEmpty();
    }

    private void start(String configuredKey) {
        new InitialAdmin(users, keys, new SecuritySettings(configuredKey, null, null, null, null), new ImmediateTransactions(),
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), mock(SecurityAudit.class),
                new PrintStream(console, true, StandardCharsets.UTF_8)).afterSingletonsInstantiated();
    }

    private String printed() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** Runs the callback at once, as a transaction would, without a database. */
    private static final class ImmediateTransactions extends TransactionTemplate {

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return action.doInTransaction(null);
        }
    }
}
