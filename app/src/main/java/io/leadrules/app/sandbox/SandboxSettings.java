package io.leadrules.app.sandbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The walls of the worker process that compiles and tests untrusted rule sets, under {@code leadrules.sandbox}. A
 * member left out gets its default.
 *
 * @param isolation          {@code auto}: every wall the machine permits (another user, no network, limits), each
 *                           one that is not permitted left out and named in the log and in health; {@code none}: a
 *                           plain child process (still its own heap and time limits), for debugging
 * @param user               the uid (and gid) the worker runs as when the service is root (default 65534, nobody)
 * @param heap               the worker's {@code -Xmx} (default 512MB)
 * @param metaspace          the worker's {@code -XX:MaxMetaspaceSize} (default 256MB)
 * @param threadStack        the worker's {@code -Xss} (default 1MB): a deep recursion ends as a StackOverflowError
 * @param cpuPerUpload       processor time one upload may use in the worker (default 60s)
 * @param wallClockPerUpload time one upload may take in the worker, however it spends it (default 120s)
 * @param evaluationCeiling  longest one evaluation of the stress lead may take, warm (default 2s)
 * @param stressActivities   activities of the stress lead (default 5,000: the most a score request may carry)
 * @param queueLength        uploads that may wait for their turn (default 4); one more is a 503
 * @param queueWait          longest an upload waits for its turn (default 120s); longer is a 503
 * @param openFiles          the worker's RLIMIT_NOFILE (default 1024: the JVM opens every jar of its class path)
 * @param processes          RLIMIT_NPROC of the worker's user (default 1024; threads count)
 * @param warmAtStartup      start the worker in the background when the service starts (default true)
 */
@ConfigurationProperties("leadrules.sandbox")
public record SandboxSettings(Isolation isolation, Integer user, DataSize heap, DataSize metaspace,
                              DataSize threadStack, Duration cpuPerUpload, Duration wallClockPerUpload,
                              Duration evaluationCeiling, Integer stressActivities, Integer queueLength,
                              Duration queueWait, Integer openFiles, Integer processes, Boolean warmAtStartup) {

    /** How much of the confinement to attempt. */
    public enum Isolation { AUTO, NONE }

    public SandboxSettings {
        isolation = isolation == null ? Isolation.AUTO : isolation;
        user = user == null ? 65534 : user;
        heap = heap == null ? DataSize.ofMegabytes(512) : heap;
        metaspace = metaspace == null ? DataSize.ofMegabytes(256) : metaspace;
        threadStack = threadStack == null ? DataSize.ofMegabytes(1) : threadStack;
        cpuPerUpload = positive("cpu-per-upload", cpuPerUpload, Duration.ofSeconds(60));
        wallClockPerUpload = positive("wall-clock-per-upload", wallClockPerUpload, Duration.ofSeconds(120));
        evaluationCeiling = positive("evaluation-ceiling", evaluationCeiling, Duration.ofSeconds(2));
        stressActivities = stressActivities == null ? 5_000 : stressActivities;
        queueLength = queueLength == null ? 4 : queueLength;
        queueWait = positive("queue-wait", queueWait, Duration.ofSeconds(120));
        openFiles = openFiles == null ? 1024 : openFiles;
        processes = processes == null ? 1024 : processes;
        warmAtStartup = warmAtStartup == null || warmAtStartup;
        if (queueLength < 0 || stressActivities < 0) {
            throw new IllegalArgumentException("leadrules.sandbox.queue-length and stress-activities must not be "
                    + "negative");
        }
    }

    public static SandboxSettings defaults() {
        return new SandboxSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Duration positive(String key, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("leadrules.sandbox." + key + " must be more than 0, not " + value);
        }
        return value;
    }
}
