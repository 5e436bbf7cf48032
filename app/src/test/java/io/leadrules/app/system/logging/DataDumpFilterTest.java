package io.leadrules.app.system.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

/** Which events the filter drops: a listed logger's (or its children's) DEBUG and TRACE, and nothing else. */
class DataDumpFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final DataDumpFilter filter = new DataDumpFilter();

    DataDumpFilterTest() {
        filter.addLogger("org.apache.coyote");
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.TRACE);
    }

    @Test
    void aListedLoggerAndItsChildrenLoseDebugAndTraceWhateverTheirLevel() {
        assertThat(decide("org.apache.coyote", Level.DEBUG)).isEqualTo(FilterReply.DENY);
        assertThat(decide("org.apache.coyote.http11.Http11InputBuffer", Level.TRACE)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void failuresOfAListedLoggerAndOtherLoggersPass() {
        assertThat(decide("org.apache.coyote.http11.Http11Processor", Level.INFO)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("org.apache.coyote.http11.Http11Processor", Level.ERROR)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("org.apache.coyotes", Level.DEBUG)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("io.leadrules.app.lead.LeadRegistration", Level.TRACE)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void anEventTheLoggerDropsAnywayIsNotLookedUp() {
        context.getLogger("org.apache.coyote").setLevel(Level.INFO);

        assertThat(decide("org.apache.coyote.http11.Http11InputBuffer", Level.DEBUG)).isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String logger, Level level) {
        return filter.decide(null, context.getLogger(logger), level, "{}", null, null);
    }
}
