package io.leadrules.app.webhook;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses to update a lead whose row mentions {@link #MARKER}: a failure after the decision (and
 * its outbox events) was written in the same transaction, the last statement of posting an activity.
 */
public class FailingLeadUpdateTrigger implements Trigger {

    static final String MARKER = "refuse-this-lead-update";
    static final String CREATE = "CREATE TRIGGER refuse_marked_lead_updates BEFORE UPDATE ON leads FOR EACH ROW CALL '"
            + FailingLeadUpdateTrigger.class.getName() + "'";
    static final String DROP = "DROP TRIGGER IF EXISTS refuse_marked_lead_updates";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (Arrays.toString(newRow).contains(MARKER)) {
            throw new SQLException("Lead update refused by the test trigger", "HY000");
        }
    }
}
