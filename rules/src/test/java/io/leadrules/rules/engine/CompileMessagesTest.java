package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CompileMessagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void everyMessageIsInEnglishAndSpanishAndEveryPatternParses() throws IOException {
        Properties english = bundle("compile.properties");
        Properties spanish = bundle("compile_es.properties");

        assertThat(english).isNotEmpty();
        assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, pattern) -> assertThatCode(() -> new MessageFormat((String) pattern, Locale.ENGLISH))
                .as("%s", key).doesNotThrowAnyException());
        spanish.forEach((key, pattern) -> assertThatCode(() -> new MessageFormat((String) pattern, SPANISH))
                .as("%s", key).doesNotThrowAnyException());
    }

    @Test
    void aSpanishPatternUsesTheArgumentsItsEnglishOneUses() throws IOException {
        Properties english = bundle("compile.properties");
        Properties spanish = bundle("compile_es.properties");

        english.forEach((key, pattern) -> assertThat(
                new MessageFormat((String) spanish.get(key)).getFormatsByArgumentIndex()).as("%s", key).hasSameSizeAs(new MessageFormat((String) pattern).getFormatsByArgumentIndex()));
    }

    /** The keys written in the code, as {@code CompileMessage.of("key"} or as what an empty cell needs. */
    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties english = bundle("compile.properties");
        Pattern named = Pattern.compile("CompileMessage\\.of\\(\"([\\w.]+[^.])\"[,)]"
                + "|(?:required|present)\\([^;]*?\"[A-Z_]+\", \"(\\w+)\"");
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = named.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : "empty." + matcher.group(2));
                }
            }
        }

        assertThat(keys).hasSizeGreaterThan(80);
        assertThat(english.keySet()).containsAll(keys);
    }

    @Test
    void aProblemIsToldInSpanishWithItsPlace() {
        CompileProblem problem = CompileProblem.inCell("ProfileFit.drl.xlsx", "Role", "D12",
                CompileMessage.of("cell.notNumber", "ten"));

        assertThat(problem.message()).isEqualTo("\"ten\" is not a number");
        assertThat(problem.message(SPANISH)).isEqualTo("\"ten\" no es un número");
        assertThat(problem.describe(SPANISH))
                .isEqualTo("ProfileFit.drl.xlsx, hoja Role, celda D12: \"ten\" no es un número");
        assertThat(problem.describe()).isEqualTo("ProfileFit.drl.xlsx, sheet Role, cell D12: \"ten\" is not a number");
    }

    @Test
    void aSampleOfProblemsReadsInSpanish() {
        List<CompileMessage> sample = List.of(CompileMessage.of("cell.notRuleId", "FIT ROLE"),
                CompileMessage.of("empty.ruleId"), CompileMessage.of("field.unknown", "jobTitel", "jobTitle, country"),
                CompileMessage.of("rule.duplicateId.cell", "FIT-ROLE", "ProfileFit.drl.xlsx", "Role", "B12"),
                CompileMessage.of("language.twice", "es"), CompileMessage.of("band.gapAtStart.Grades", "9"),
                CompileMessage.of("parameter.inQuotes", "tag"));

        assertThat(sample).extracting(message -> message.in(SPANISH)).containsExactly(
                "\"FIT ROLE\" no es un Rule ID: usa solo letras, dígitos, '-', '_' y '.'",
                "esta celda está vacía: escribe el Rule ID de la fila, un nombre que nunca cambia",
                "\"jobTitel\" no es un campo estándar de un lead (jobTitle, country) ni un atributo declarado en la "
                        + "tabla Attributes: decláralo allí primero",
                "el Rule ID 'FIT-ROLE' ya se usa en ProfileFit.drl.xlsx, hoja Role, celda B12; cada Rule ID tiene que "
                        + "ser único",
                "la tabla tiene dos columnas Reason (es): deja una",
                "ninguna banda cubre una puntuación de perfil de 0 a 9: empieza esta banda en 0",
                "el parámetro tag está entre comillas: escribe ${tag} fuera de ellas, se pone como un valor entero (un "
                        + "texto ya lleva sus comillas)");
    }

    @Test
    void aValueFromTheUploadStaysLiteral() {
        CompileMessage message = CompileMessage.of("cell.notNumber", "{0} it''s '{1}'");

        assertThat(message.english()).isEqualTo("\"{0} it''s '{1}'\" is not a number");
        assertThat(message.in(SPANISH)).isEqualTo("\"{0} it''s '{1}'\" no es un número");
    }

    @Test
    void aKeyTheBundleDoesNotKnowFallsBackToTheEnglishMessage() {
        CompileProblem fromElsewhere = new CompileProblem("a.drl", null, null, 3, "as written", "no.such.key",
                List.of("x"));

        assertThat(fromElsewhere.message(SPANISH)).isEqualTo("as written");
        assertThat(new CompileProblem("a.drl", null, null, 3, "English only").message(SPANISH))
                .isEqualTo("English only");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CompileMessage.class.getResourceAsStream("/io/leadrules/rules/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
