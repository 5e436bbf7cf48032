package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The problem bundle is the one home of what problems say, so it is checked as code is: every problem type of the
 * application has its title, when and fix in English and in Spanish, every other key is one the code names, and a
 * pattern with arguments has the same arguments in both languages.
 */
class ProblemBundleTest {

    private static final Set<String> PARTS = Set.of("title", "when", "fix");
    /** A key the code names: {@code "lead-not-found.detail"}, {@code "problems.page.when"} (of a type, or a page). */
    private static final Pattern NAMED_KEY = Pattern.compile("\"([a-z0-9-]+\\.(?:detail|page)(?:\\.[a-z0-9-]+)?)\"");

    private final Properties english = bundle("i18n/problems.properties");
    private final Properties spanish = bundle("i18n/problems_es.properties");

    @Test
    void everyProblemTypeHasItsTitleWhenAndFixInBothLanguages() {
        for (ProblemType type : declaredTypes()) {
            for (String part : PARTS) {
                String key = type.slug() + "." + part;
                assertThat(english.getProperty(key)).as(key).isNotBlank();
                assertThat(spanish.getProperty(key)).as(key).isNotBlank();
            }
            assertThat(spanish.getProperty(type.slug() + ".title")).as("Spanish title of " + type.slug())
                    .isNotEqualTo(english.getProperty(type.slug() + ".title"));
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsOrphaned() {
        Set<String> slugs = declaredTypes().stream().map(ProblemType::slug).collect(Collectors.toSet());
        Set<String> named = keysNamedInTheCode().stream()
                .filter(key -> key.startsWith("problems.") || slugs.contains(key.substring(0, key.indexOf('.'))))
                .collect(Collectors.toSet());

        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            int dot = key.indexOf('.');
            boolean typeText = PARTS.contains(key.substring(dot + 1)) && slugs.contains(key.substring(0, dot));
            assertThat(typeText || named.contains(key)).as(key + " is a type's text or named in the code").isTrue();
        }
        assertThat(english.stringPropertyNames()).containsAll(named);
    }

    @Test
    void aPatternHasTheSameArgumentsInBothLanguages() {
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).contains("{0}")) {
                assertThat(arguments(spanish.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    @Test
    void theEnumsReadTheirWordsFromTheBundleInTheLanguageAsked() {
        assertThat(SystemProblem.NOT_FOUND.title()).isEqualTo("Nothing is served here");
        assertThat(SystemProblem.NOT_FOUND.title(Languages.SPANISH)).isEqualTo("Aquí no hay nada");
        assertThat(SystemProblem.NOT_FOUND.fix(java.util.Locale.GERMAN)).isEqualTo(SystemProblem.NOT_FOUND.fix());
    }

    @Test
    void aValueWithPatternSyntaxIsShownAsSentInEveryLanguage() {
        ProblemMessage message = ProblemMessage.of("user-not-found.detail", "{1}'x{0}''");

        assertThat(message.in(Languages.ENGLISH)).isEqualTo("No user is named '{1}'x{0}'''. GET /api/v1/users "
                + "lists them.");
        assertThat(message.in(Languages.SPANISH)).startsWith("Ningún usuario se llama '{1}'x{0}'''.");
    }

    /** The argument indexes a pattern uses, as MessageFormat reads it (a pattern it cannot read fails here). */
    private static List<String> arguments(String pattern) {
        MessageFormat format = new MessageFormat(pattern);
        return Arrays.stream(format.getFormatsByArgumentIndex()).map(String::valueOf).toList()
                .subList(0, format.getFormatsByArgumentIndex().length);
    }

    private static List<ProblemType> declaredTypes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.leadrules.app").stream()
                .filter(type -> type.isEnum() && type.isAssignableTo(ProblemType.class))
                .flatMap(type -> Arrays.stream((ProblemType[]) type.reflect().getEnumConstants()))
                .toList();
    }

    private static Set<String> keysNamedInTheCode() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            Set<String> keys = new TreeSet<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = NAMED_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ProblemBundleTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
