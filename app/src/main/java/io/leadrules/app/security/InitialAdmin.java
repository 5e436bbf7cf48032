package io.leadrules.app.security;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start over an empty {@code users} table creates {@value #NAME}, holding every role (a one-person trial
 * works end to end), with no password and one API key: {@code leadrules.security.initial-admin-key} when set, else a
 * generated key printed once to the console (not the log, which is kept and shipped). Never a fixed default.
 * Runs before the server accepts requests.
 */
@Component
class InitialAdmin implements SmartInitializingSingleton {

    static final String NAME = "admin";
    static final String KEY_LABEL = "initial admin key";

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserStore users;
    private final ApiKeyStore keys;
    private final SecurityAudit audit;
    private final SecuritySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PrintStream console;

    @Autowired
    InitialAdmin(UserStore users, ApiKeyStore keys, SecuritySettings settings, TransactionTemplate transactions,
                 Clock clock, SecurityAudit audit) {
        this(users, keys, settings, transactions, clock, audit, System.out);
    }

    InitialAdmin(UserStore users, ApiKeyStore keys, SecuritySettings settings, TransactionTemplate transactions,
                 Clock clock, SecurityAudit audit, PrintStream console) {
        this.audit = audit;
        this.users = users;
        this.keys = keys;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.console = console;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!users.isEmpty()) {
            return;
        }
        boolean configured = settings.initialAdminKey() != null;
        String key = configured ? settings.initialAdminKey() : Secrets.newKey();
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            StoredUser admin = users.create(NAME, null, EnumSet.allOf(Role.class), now);
            audit.userCreated(admin);
            audit.keyCreated(keys.create(admin, key, admin.roles(), KEY_LABEL, null, now));
        });
        log.info("First start: user '{}' created with every role and an API key ({})", NAME,
                configured ? "leadrules.security.initial-admin-key" : "generated, printed once to the console");
        if (!configured) {
            console.println(banner(key));
        }
    }

    private static String banner(String key) {
        String line = "=".repeat(78);
        return line + "\n LeadRules first start: the API key of user 'admin' (every role). It is shown ONCE.\n\n   "
                + key + "\n\n Keep it in a password manager; call the API with\n   curl -H \"Authorization: Bearer "
                + key + "\" http://localhost:8080/api/v1/users\n Create keys and users for others with it "
                + "(docs/security.md).\n\n The console (http://localhost:8080/) signs people in with a password. Give "
                + "'admin' one, shown once\n as oneTimePassword:\n   curl -X POST -H \"Authorization: Bearer " + key
                + "\" http://localhost:8080/api/v1/users/admin/password-reset\n" + line;
    }
}
