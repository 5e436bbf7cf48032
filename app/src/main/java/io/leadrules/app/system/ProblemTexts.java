package io.leadrules.app.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Reads the words of problems from their one home, the bundle {@code i18n/problems} (English) and
 * {@code i18n/problems_es} (Spanish). Read here rather than through Spring's {@code MessageSource} because problems
 * are also answered where no Spring bean reaches: Tomcat's error valve, and the enums' English defaults that
 * tests, OpenAPI examples and bulk-scoring lines use. Spring's {@code spring.messages} reads the same files for
 * pages; both follow the same rule: a text without arguments as written, with arguments a {@link MessageFormat}.
 */
public final class ProblemTexts {

    static final String BUNDLE = "i18n/problems";
    /** A locale the bundle lacks falls back to the English base file, never to the machine's own language. */
    private static final ResourceBundle.Control NO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /** The text of a key in a language (English when the language lacks it), or empty when no file has the key. */
    public static Optional<String> find(String key, Locale locale) {
        try {
            return Optional.of(bundle(locale).getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    /** The text of a key with its arguments in place; the key itself when no file has it, so an answer never fails. */
    public static String format(String key, Locale locale, Object... arguments) {
        String pattern = find(key, locale).orElse(key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Languages.supported(locale), NO_SYSTEM_LOCALE);
    }
}
