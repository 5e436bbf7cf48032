package io.leadrules.app.ruleset;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hint that an activation changed: on PostgreSQL a {@code NOTIFY leadrules_activations} (sent in the transaction
 * that changed the plan, so delivered when it commits) that every instance {@code LISTEN}s to on a connection of its
 * own, outside the pool; on H2, nothing. Only a hint: a notice lost while an instance reconnects costs it at most one
 * poll interval ({@link ActivationFollower}), which is the guarantee. The local instance is woken directly.
 */
@Component
class ActivationNotices implements SmartLifecycle {

    static final String CHANNEL = "leadrules_activations";

    private static final Logger log = LoggerFactory.getLogger(ActivationNotices.class);

    private final JdbcClient jdbc;
    private final DataSourceProperties dataSource;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Thread listening;
    private volatile boolean running;

    ActivationNotices(JdbcClient jdbc, DataSourceProperties dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void onNotice(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells every instance, this one at once, that the pending activation changed. */
    void announce() {
        if (onPostgres()) {
            jdbc.sql("SELECT pg_notify('" + CHANNEL + "', 'changed')").query().listOfRows();
        }
        listeners.forEach(Runnable::run);
    }

    private boolean onPostgres() {
        String url = dataSource.determineUrl();
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    @Override
    public void start() {
        running = true;
        if (onPostgres()) {
            listening = new Thread(this::listen, "rule-version-notices");
            listening.setDaemon(true);
            listening.start();
        }
    }

    /** Listens until stopped, reconnecting after a lost connection; each notice wakes the listeners. */
    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(dataSource.determineUrl(),
                    dataSource.determineUsername(), dataSource.determinePassword());
                 Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notices.getNotifications(500);
                    if (received != null && received.length > 0) {
                        listeners.forEach(Runnable::run);
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Listening for activation notices failed ({}); polling meanwhile, retrying in 5 s",
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listening;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
