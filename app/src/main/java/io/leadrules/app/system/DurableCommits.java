package io.leadrules.app.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * A write the service answered with 2xx must survive {@code kill -9}. H2 keeps commits in memory for its write delay
 * (500 ms by default) before they reach the file, and a killed process loses them: 44 of 1,082 acknowledged activities
 * in one try. The embedded URL sets {@code WRITE_DELAY=0}; this sets it again on the database itself before the server
 * takes any request, so that an operator's own H2 URL cannot silently bring the delay back. PostgreSQL commits
 * durably by default and is left alone.
 */
@Component
class DurableCommits {

    DurableCommits(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        }
    }
}
