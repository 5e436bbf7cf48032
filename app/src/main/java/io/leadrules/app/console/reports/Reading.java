package io.leadrules.app.console.reports;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The reports bundle in one reader's language, for the words a chart carries (its datasets and axes). */
record Reading(MessageSource messages, Locale locale) {

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
