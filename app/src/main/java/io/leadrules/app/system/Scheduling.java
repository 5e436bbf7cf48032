package io.leadrules.app.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns {@code @Scheduled} on for the housekeeping every instance does on the shared tables (expired idempotency keys,
 * full rate-limit buckets, closed failed-login windows): deleting what has expired is harmless when two instances do
 * it. Declared here rather than left to a feature's schedule, which may move to a cluster-wide scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
