package io.leadrules.app.security;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's generic select-for-update proxy manager over {@code rate_limit_buckets} in SQL that H2 speaks too: Bucket4j
 * ships modules for PostgreSQL, MySQL, Oracle and others, none for H2, whose {@code INSERT ... ON CONFLICT} differs.
 * The locking, retrying and bucket arithmetic stay Bucket4j's; only the four statements are written here. A first
 * request for a key inserts an empty row (a concurrent first insert loses on the primary key and Bucket4j locks the
 * winner's row).
 */
final class PortableBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final DataSource dataSource;
    private final ExpirationAfterWriteStrategy expiration;

    PortableBuckets(DataSource dataSource, ExpirationAfterWriteStrategy expiration) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiration));
        this.dataSource = dataSource;
        this.expiration = expiration;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new Transaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_limit_buckets WHERE id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeout) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void commit(Optional<Long> timeout) {
            run(connection::commit);
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state FROM rate_limit_buckets WHERE id = ? FOR UPDATE")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        /** False when another instance inserted it first: the caller then locks that row in a new transaction. */
        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeout) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO rate_limit_buckets (id, state, expires_at) VALUES (?, NULL, NULL)")) {
                insert.setString(1, key);
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false;
                }
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
            long now = System.currentTimeMillis();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE rate_limit_buckets SET state = ?, expires_at = ? WHERE id = ?")) {
                update.setBytes(1, data);
                update.setLong(2, now + expiration.calculateTimeToLiveMillis(state, now * 1_000_000));
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private void run(SqlStep step) {
            try {
                step.run();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }
}
