package io.leadrules.app.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate-limit buckets of every instance, in {@code rate_limit_buckets} (V21): a principal spends one bucket however
 * many instances its requests reach. Each take is one short transaction that locks the bucket's row (SELECT ... FOR
 * UPDATE), as Bucket4j's JDBC proxy managers do: its PostgreSQL module on PostgreSQL, {@link PortableBuckets} on H2.
 * A row is kept {@link #KEPT_AFTER_FULL} past the moment its bucket would be full again, then purged.
 */
@Component
class SharedBuckets implements RateBuckets {

    static final Duration KEPT_AFTER_FULL = Duration.ofSeconds(10);

    private final ProxyManager<String> buckets;
    private final JdbcClient jdbc;

    SharedBuckets(DataSource dataSource, JdbcClient jdbc) {
        this.buckets = onPostgres(dataSource) ? postgres(dataSource) : new PortableBuckets(dataSource, expiration());
        this.jdbc = jdbc;
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.builder().build(key, () -> configuration);
    }

    /**
     * Buckets that are full again and untouched: forgetting them changes no answer. Any instance may purge. Bucket4j
     * reckons in the system's time (not the service's {@link java.time.Clock}, which tests fix), and so does this.
     */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void purgeFull() {
        jdbc.sql("DELETE FROM rate_limit_buckets WHERE expires_at < :now").param("now", System.currentTimeMillis())
                .update();
    }

    private static ProxyManager<String> postgres(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(expiration()).build();
    }

    private static ExpirationAfterWriteStrategy expiration() {
        return ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_FULL);
    }

    private static boolean onPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the rate-limit buckets", e);
        }
    }
}
