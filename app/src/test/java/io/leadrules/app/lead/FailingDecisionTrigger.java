package io.leadrules.app.lead;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses to insert a decision whose input mentions {@link #MARKER}: a failure at the very end of
 * a request, after the lead and its activities were written, to prove that nothing of them stays.
 */
public class FailingDecisionTrigger implements Trigger {

    static final String MARKER = "refuse-this-decision";
    static final String CREATE = "CREATE TRIGGER refuse_marked_decisions BEFORE INSERT ON decisions FOR EACH ROW CALL '"
            + FailingDecisionTrigger.class.getName() + "'";
    static final String DROP = "DROP TRIGGER IF EXISTS refuse_marked_decisions";
    private static final int INPUT_SNAPSHOT = 10;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (String.valueOf(newRow[INPUT_SNAPSHOT]).contains(MARKER)) {
            throw new SQLException("Decision refused by the test trigger", "HY000");
        }
    }
}
