package io.leadrules.app.lead;

import io.leadrules.app.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trigger that refuses to insert a decision whose input mentions {@link #MARKER}: a failure at the very end of
 * a request, after the lead and its activities were written, to prove that nothing of them stays.
 */
public class FailingDecisionTrigger implements Trigger {

    static final String MARKER = "refuse-this-decision";
    private static final int INPUT_SNAPSHOT = 10;
    private static final String NAME = "refuse_marked_decisions";
    private static final String ON = " BEFORE INSERT ON decisions FOR EACH ROW";
    private static final String H2_CREATE = "CREATE TRIGGER " + NAME + ON
            + " CALL '" + FailingDecisionTrigger.class.getName() + "'";
    private static final String POSTGRES_FUNCTION = "CREATE OR REPLACE FUNCTION " + NAME + "() RETURNS trigger"
            + " LANGUAGE plpgsql AS $$ BEGIN IF NEW.input_snapshot LIKE '%" + MARKER + "%'"
            + " THEN RAISE EXCEPTION 'Decision refused by the test trigger'; END IF; RETURN NEW; END $$";
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
        jdbc.sql("DROP TRIGGER IF EXISTS " + NAME + (TestDatabase.onPostgres() ? " ON decisions" : "")).update();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (String.valueOf(newRow[INPUT_SNAPSHOT]).contains(MARKER)) {
            throw new SQLException("Decision refused by the test trigger", "HY000");
        }
    }
}
