package io.leadrules.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * Every line any thread logs while attached to the root logger. Safe to read while the service's background threads
 * (jobs, webhook delivery, the pool) still log: logback's {@code ListAppender} keeps a plain {@code ArrayList}, and
 * reading it while a job thread appended failed a CI run with a {@code ConcurrentModificationException}.
 */
final class CapturedLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Queue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();

    static CapturedLog attach() {
        CapturedLog log = new CapturedLog();
        log.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        log.setName("captured-" + System.identityHashCode(log));
        log.start();
        root().addAppender(log);
        return log;
    }

    @Override
    protected void append(ILoggingEvent event) {
        event.prepareForDeferredProcessing();
        events.add(event);
    }

    /** The lines captured so far, in the order they arrived. */
    List<ILoggingEvent> lines() {
        return List.copyOf(events);
    }

    /** A line as a reader of the log would see it: the message and any stack trace. */
    static String text(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getFormattedMessage() + thrown;
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
