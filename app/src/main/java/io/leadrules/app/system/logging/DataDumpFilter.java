package io.leadrules.app.system.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;

/**
 * Keeps the framework loggers that dump request data below INFO out of the log, whatever level they are set to:
 * Tomcat's raw request buffers (bodies and the Authorization header), the SQL parameters Spring binds (emails,
 * phones, attribute values), the handler arguments and the bodies Spring MVC reads and writes. With them at DEBUG or
 * TRACE a log would hold every lead's personal data and every API key; their INFO and above (failures) still pass.
 * Listed in {@code logback-spring.xml}; {@code PersonalDataStaysOutOfLogsTest} runs a whole journey at TRACE and
 * fails on any other logger that prints a lead's data.
 */
public class DataDumpFilter extends TurboFilter {

    private final List<String> dumpers = new ArrayList<>();

    /** A logger (or a prefix of logger names, ending at a dot) whose DEBUG and TRACE events are dropped. */
    public void addLogger(String name) {
        dumpers.add(name.strip());
    }

    /**
     * Logback asks on every logging call, {@code isDebugEnabled()} included, before it looks at levels: so the cheap
     * answers come first (INFO and above, a level the logger would drop anyway) and the list is read only for an
     * event that would really be written. A profile of lead creation found the first version, which read the list
     * first, among the hottest methods of the service.
     */
    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable thrown) {
        if (level == null || level.isGreaterOrEqual(Level.INFO)
                || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        return isDumper(logger.getName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private boolean isDumper(String name) {
        for (String dumper : dumpers) {
            if (name.startsWith(dumper) && (name.length() == dumper.length() || name.charAt(dumper.length()) == '.')) {
                return true;
            }
        }
        return false;
    }
}
