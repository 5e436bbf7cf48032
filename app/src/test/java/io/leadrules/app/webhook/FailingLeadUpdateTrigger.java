package io.leadrules.app.webhook;

import io.leadrules.app.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.api.Trigger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trigger that refuses to update a lead whose row mentions {@link #MARKER}: a failure after the decision (and
 * its outbox events) was written in the same transaction, the last statement of posting an activity.
 */
public class FailingLeadUpdateTrigger implements Trigger {

    static final String MARKER = "refuse-this-lead-update";
    private static final String NAME = "refuse_marked_lead_updates";
    private static final String ON = " BEFORE UPDATE ON leads FOR EACH ROW";
    private static final String H2_CREATE = "CREATE TRIGGER " + NAME + ON
            + " CALL '" + FailingLeadUpdateTrigger.class.getName() + "'";
    private static final String POSTGRES_FUNCTION = "CREATE OR REPLACE FUNCTION " + NAME + "() RETURNS trigger"
            + " LANGUAGE plpgsql AS $$ BEGIN IF CAST(NEW AS TEXT) LIKE '%" + MARKER + "%'"
            + " THEN RAISE EXCEPTION 'Lead update refused by the test trigger'; END IF; RETURN NEW; END $$";
    private static final String POSTGRES_CREATE = "CREATE TRIGGER " + NAME + ON + " EXECUTE FUNCTION " + NAME + "()";

    /** Installs the trigger: this class on H2, the same check in PL/pgSQL on PostgreSQL (which runs no Java). */
    static void install(JdbcClient jdbc) {
        if (TestDatabase.onPostgres()) {
            jdbc.sql(POSTGRES_FUNCTION).update();
            jdbc.sql(POSTGRES_CREATE).update();
        } else {
            jdbc.sql(H2_CREATE).update();
        }
    }

    static void remove(JdbcClient jdbc) {
        jdbc.sql("DROP TRIGGER IF EXISTS " + NAME + (TestDatabase.onPostgres() ? " ON leads" : "")).update();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (Arrays.toString(newRow).contains(MARKER)) {
            throw new SQLException("Lead update refused by the test trigger", "HY000");
        }
    }
}
