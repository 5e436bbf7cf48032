package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * More attempts a hostile client would make after reading the walls' code, beyond the attacks issue 8 lists
 * ({@link HostileRuleCodeTest}): each is one upload over HTTP, built from a target path that the attack would create.
 * Every one is refused with a 422 that names the file and line (or sheet and cell), or a limit; nothing is stored,
 * the live version is unchanged, the target does not exist (not even after a lead is scored) and health answers.
 */
@RuleVersionServiceTest
class MoreHostileRuleCodeTest {

    private static final String FILE = "Hostile.drl";
    private static final String PROFILE_FIT = "ProfileFit.drl.xlsx";
    private static final String TOUCH = "new java.io.File(\"TARGET\").createNewFile()";
    private static final String SEEN = "insert(new Finding(\"SEEN\", \"lead\", Severity.INFO, \"seen\", "
            + "drools.getRule().getName()));";
    private static final Set<String> REFUSALS = Set.of("/problems/ruleset-invalid", "/problems/ruleset-limit-exceeded");

    @TempDir
    static Path outside;

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    static Stream<Arguments> hostileDrl() {
        return Stream.of(
                drl("reflection through getClass", rhs("Object r = $lead.getClass().getClassLoader()"
                        + ".loadClass(\"java.lang.Runtime\");")),
                drl("reflection through a String's getClass", rhs("Object r = \"x\".getClass().getClassLoader();")),
                drl("java.lang.invoke", rhs("Object h = java.lang.invoke.MethodHandles.lookup();")),
                drl("ScriptEngineManager", rhs("Object e = new javax.script.ScriptEngineManager()"
                        + ".getEngineByName(\"js\");")),
                drl("JNDI InitialContext", rhs("Object c = new javax.naming.InitialContext()"
                        + ".lookup(\"ldap://127.0.0.1:1389/x\");")),
                drl("Unsafe", rhs("Object u = sun.misc.Unsafe.getUnsafe();")),
                drl("ObjectInputStream", rhs("Object o = new java.io.ObjectInputStream(System.in).readObject();")),
                drl("a static initialiser breaking out of the consequence", rhs(SEEN + " } static { " + TOUCH
                        + "; } void x() {")),
                drl("an annotation on a local variable", rhs("@SuppressWarnings(\"all\") String s = \"x\";")),
                drl("an annotation with code on a pattern", lhs("$lead : Lead() @watch(!*)", SEEN)),
                drl("generics naming Runtime", "import java.util.List;\n" + rhs("List<Runtime> l = null;")),
                drl("a unicode line break in a comment", rhs("// \\" + "u000a " + TOUCH + ";")),
                drl("a unicode-escaped name", rhs("Object r = \\" + "u0052untime.getRuntime();")),
                drl("Class.forName of a concatenated name", rhs("Object c = Class.forName(\"java.lang.\" + "
                        + "\"Runtime\");")),
                drl("a declare with a field initialiser", "declare Evil\n    name : String = " + TOUCH
                        + " + \"\"\nend\n" + rhs(SEEN)),
                drl("@reason as an expression", rule("@reason(" + TOUCH + ")", "$lead : Lead()", SEEN)),
                drl("@reason as a concatenation", rule("@reason(\"a\" + " + TOUCH + ")", "$lead : Lead()", SEEN)),
                drl("salience as an expression calling code", rule("salience ( " + TOUCH + " ? 10 : 0 )",
                        "$lead : Lead()", SEEN)),
                drl("enabled as an expression", rule("enabled ( " + TOUCH + " )", "$lead : Lead()", SEEN)),
                drl("a rule extending a parent with an eval", """
                        rule "DQ-HOSTILE-PARENT A parent"
                            ruleflow-group "data_quality"
                        when
                            $lead : Lead()
                            eval( %s )
                        then
                        end
                        """.formatted(TOUCH) + """

                        rule "DQ-HOSTILE-CHILD A child" extends "DQ-HOSTILE-PARENT A parent"
                            ruleflow-group "data_quality"
                        when
                        then
                            %s
                        end
                        """.formatted(SEEN)),
                drl("a modify loop", rhs("modify($lead) { setEmail(\"x@example.com\") }")),
                drl("an update loop", rhs("update($lead);")),
                drl("an accumulate init/action block", lhs("$lead : Lead()\n    $n : Number() from accumulate("
                        + "Activity(), init(int n = 0;), action(" + TOUCH + ";), result(n))", SEEN)),
                drl("drools.getKieRuntime()", rhs("drools.getKieRuntime().halt();")),
                drl("kcontext", rhs("kcontext.getKieRuntime().halt();")),
                drl("insertLogical", rhs("insertLogical(new Finding(\"SEEN\", \"lead\", Severity.INFO, \"x\", "
                        + "drools.getRule().getName()));")),
                drl("a huge string through repeat", rhs("String s = \"x\".repeat(2000000000);")),
                drl("a huge list", rhs("Object l = new java.util.ArrayList(Integer.MAX_VALUE);")),
                drl("a backtracking regex through String.matches", lhs("$lead : Lead( email.matches(\"(a*)*b\") )",
                        SEEN)),
                drl("a backtracking regex through replaceAll", lhs("$lead : Lead( email.replaceAll(\"(a*)*b\", "
                        + "\"\") != null )", SEEN)),
                drl("String.format with a huge width", rhs("String s = String.format(\"%0999999999d\", 1);")),
                drl("a system property through Integer.getInteger", lhs("$lead : Lead( Integer.getInteger("
                        + "\"user.home\") == null )", SEEN)),
                drl("wait() on a fact", rhs("$lead.wait();")),
                drl("a static import of System", "import static java.lang.System.exit;\n" + rhs("exit(0);")),
                drl("an entry point", lhs("$lead : Lead() from entry-point \"evil\"", SEEN)),
                drl("a lambda", rhs("Runnable r = () -> { };")),
                drl("a named consequence", """
                        rule "DQ-HOSTILE Named"
                            ruleflow-group "data_quality"
                        when
                            $lead : Lead()
                            do[evil]
                        then
                            %s
                        then[evil]
                            System.exit(0);
                        end
                        """.formatted(SEEN)),
                drl("a timer attribute", rule("timer (int: 0 1)", "$lead : Lead()", SEEN)),
                drl("a from over a method call", lhs("$lead : Lead()\n    $s : String() from $lead.toString()",
                        SEEN)),
                drl("a soundslike operator", lhs("$lead : Lead( email soundslike \"x\" )", SEEN)),
                drl("a cast with #", lhs("$lead : Lead( this#Lead.email != null )", SEEN)),
                drl("a deeply nested condition", lhs("$lead : Lead( companySize > " + "(".repeat(4000) + "1"
                        + ")".repeat(4000) + " )", SEEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDrl")
    void hostileDrlIsRefusedAndNeverRuns(String attack, String drl) {
        Path target = target(attack);

        JsonNode problem = refusedWithNothingStored(UploadFile.text(FILE, drl.replace("TARGET", target.toString())));

        namesFileAndLine(problem, FILE);
        neverRuns(target);
    }

    static Stream<Arguments> hostilePackages() {
        return Stream.of(Arguments.of("java.lang"), Arguments.of("java.util"), Arguments.of("sun.misc"),
                Arguments.of("io.leadrules.rules.vocabulary"), Arguments.of("io.leadrules.rules.engine"),
                Arguments.of("org.drools.project.model"), Arguments.of("org.drools.modelcompiler.dsl.pattern"));
    }

    /**
     * A package named like the JDK's, the vocabulary's or Drools' own: the generated classes would land in it. The
     * rule itself is harmless, so either the name is refused or the rule set is stored and works; never a 500.
     */
    @ParameterizedTest(name = "package {0}")
    @MethodSource("hostilePackages")
    void aPackageNamedLikeTheJdkTheVocabularyOrDroolsIsRefusedAtItsLine(String pkg) {
        String drl = "package " + pkg + ";\n\nimport io.leadrules.rules.vocabulary.*;\n\n"
                + "rule \"DQ-HOSTILE In a borrowed package\"\n    ruleflow-group \"data_quality\"\nwhen\n"
                + "    $lead : Lead()\nthen\n    " + SEEN + "\nend\n";

        JsonNode problem = refusedWithNothingStored(UploadFile.text(FILE, drl));

        namesFileAndLine(problem, FILE);
    }

    static Stream<Arguments> hostileRuleNames() {
        return Stream.of(Arguments.of("a quote closing the name", "DQ-X\\\" + System.exit(0) + \\\""),
                Arguments.of("a comment closer", "DQ-X */ System.exit(0); /*"),
                Arguments.of("a backslash at the end", "DQ-X \\\\"));
    }

    /** Odd characters in a rule's name: the executable model writes the name into Java source. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRuleNames")
    void aRuleNameWithCodeInItIsRefusedOrStaysAName(String attack, String name) {
        String drl = "package leadrules.data_quality;\n\nimport io.leadrules.rules.vocabulary.*;\n\n"
                + "rule \"" + name + "\"\n    ruleflow-group \"data_quality\"\nwhen\n    $lead : Lead()\nthen\n    "
                + SEEN + "\nend\n";

        JsonNode problem = refusedWithNothingStored(UploadFile.text(FILE, drl));

        namesFileAndLine(problem, FILE);
    }

    static Stream<Arguments> hostileWorkbooks() {
        return Stream.of(
                workbook("a developer table with code in its action", target -> new NewDecisionTable(
                        "Extra.drl.xlsx", "Board", "leadrules.fit", "fit")
                        .column("NAME", null, null, "Rule ID")
                        .column("CONDITION", "l : Lead", "Text.containsAnyWord(jobTitle, \"$param\")", "Job title")
                        .column("ACTION", null, "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));"
                                + " " + TOUCH.replace("TARGET", target) + ";", "Match")
                        .row("FIT-ROLE-BOARD", "board member", 100).file(), "Extra.drl.xlsx"),
                workbook("a developer table with code in its condition", target -> new NewDecisionTable(
                        "Extra.drl.xlsx", "Board", "leadrules.fit", "fit")
                        .column("NAME", null, null, "Rule ID")
                        .column("CONDITION", "l : Lead", "jobTitle != null && " + TOUCH.replace("TARGET", target)
                                + " == $param", "Job title")
                        .column("ACTION", null, "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));",
                                "Match")
                        .row("FIT-ROLE-BOARD", "true", 100).file(), "Extra.drl.xlsx"),
                workbook("a developer table importing java.io", target -> new NewDecisionTable(
                        "Extra.drl.xlsx", "Board", "leadrules.fit", "fit")
                        .column("NAME", null, null, "Rule ID")
                        .column("CONDITION", "l : Lead", "Text.containsAnyWord(jobTitle, \"$param\")", "Job title")
                        .column("ACTION", null, "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));"
                                + " new File(\"" + target + "\").createNewFile();", "Match")
                        .row("FIT-ROLE-BOARD", "board member", 100).file(), "Extra.drl.xlsx"),
                workbook("a Rule ID with a quote and a line break", target -> shippedProfileFit("Grades", "B14",
                        "FIT-X\"\nwhen then " + TOUCH.replace("TARGET", target) + "; end rule \"Y"), PROFILE_FIT),
                workbook("a Rule ID with a quote and a line break in a model table", target -> shippedProfileFit(
                        "Fit", "B14", "FIT-X\"\nwhen then " + TOUCH.replace("TARGET", target) + "; end rule \"Y"),
                        PROFILE_FIT),
                workbook("a number cell holding code", target -> shippedProfileFit("Grades", "C14",
                        "1); " + TOUCH.replace("TARGET", target) + "; ("), PROFILE_FIT),
                workbook("a number cell of a model table holding code", target -> shippedProfileFit("Fit", "G14",
                        "1); " + TOUCH.replace("TARGET", target) + "; ("), PROFILE_FIT),
                workbook("$param inside a number cell", target -> shippedProfileFit("Grades", "C14", "$param"),
                        PROFILE_FIT),
                workbook("$param inside a number cell of a model table", target -> shippedProfileFit("Fit", "G14",
                        "$param"), PROFILE_FIT),
                workbook("a // comment in a number cell", target -> shippedProfileFit("Grades", "C14",
                        "1 // " + TOUCH.replace("TARGET", target)), PROFILE_FIT),
                workbook("a // comment in a number cell of a model table", target -> shippedProfileFit("Fit", "G14",
                        "1 // " + TOUCH.replace("TARGET", target)), PROFILE_FIT),
                workbook("a */ in a number cell", target -> shippedProfileFit("Grades", "C14",
                        "1 /* */ + " + TOUCH.replace("TARGET", target)), PROFILE_FIT),
                workbook("a */ in a number cell of a model table", target -> shippedProfileFit("Fit", "G14",
                        "1 /* */ + " + TOUCH.replace("TARGET", target)), PROFILE_FIT),
                workbook("code in the RuleSet cell", target -> shippedProfileFit("Grades", "B5",
                        "leadrules.fit; import java.io.File"), PROFILE_FIT),
                workbook("code in the RuleSet cell of a model table", target -> shippedProfileFit("Fit", "B5",
                        "leadrules.fit; import java.io.File"), PROFILE_FIT),
                workbook("a shipped sheet renamed with a quote", target -> EditedWorkbook.shipped(PROFILE_FIT)
                        .renameSheet("Grades", "Grades\" + System.exit(0) + \"")
                        .setCell("Grades\" + System.exit(0) + \"", "E12", "insert(new Grade(\"$param\", "
                                + "drools.getRule().getName())); " + TOUCH.replace("TARGET", target) + ";").file(),
                        PROFILE_FIT));
    }

    private static UploadFile shippedProfileFit(String sheet, String reference, String value) {
        return EditedWorkbook.shipped(PROFILE_FIT).setCell(sheet, reference, value).file();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileWorkbooks")
    void hostileWorkbookIsRefusedAtItsCellAndNeverRuns(String attack, Function<String, UploadFile> upload,
                                                       String file) {
        Path target = target(attack);

        JsonNode problem = refusedWithNothingStored(upload.apply(target.toString()));

        if (problem.get("type").asString().equals("/problems/ruleset-invalid")) {
            assertThat(problem.get("cells").valueStream()).isNotEmpty().allSatisfy(cell -> {
                assertThat(cell.get("file").asString()).isEqualTo(file);
                assertThat(cell.has("cell") || cell.has("line")).as(cell.toString()).isTrue();
            });
        }
        neverRuns(target);
    }

    /** A hostile DRL in a zip, deep in folders: folders count for nothing, the walls see the file. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("zipPaths")
    void aHostileDrlHiddenInAZipIsRefused(String path) throws IOException {
        Path target = target("zip " + path);
        String drl = full(rhs(TOUCH.replace("TARGET", target.toString()) + ";"));

        Answer answer = api.upload(new UploadFile("ruleset.zip", zip(path, drl)));

        if (path.contains("..") || path.startsWith("/") || path.contains(":")) {
            answer.problem(400, "/problems/unsafe-archive");
        } else {
            answer.problem(422, "/problems/ruleset-invalid");
        }
        neverRuns(target);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    static Stream<String> zipPaths() {
        return Stream.of("leadrules/rules/deep/Hostile.drl", "../../Hostile.drl", "/tmp/Hostile.drl",
                "ok/../../Hostile.drl", "C:/Hostile.drl");
    }

    /** File names as a client may send them in the multipart header. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFileNames")
    void aHostileFileNameIsAnsweredWithAProblemNeverA500(String name) {
        List<String> versions = api.versionIds();
        String drl = full(rhs("System.exit(0);"));

        Answer answer = api.upload(UploadFile.text(name, drl));

        assertThat(answer.status()).as(answer.text()).isBetween(400, 499);
        assertThat(api.versionIds()).isEqualTo(versions);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    static Stream<String> hostileFileNames() {
        return Stream.of("../../Hostile.drl", "/etc/Hostile.drl", "Hos\"tile.drl", "Hostile\n.drl", ".drl",
                "Hostile.drl.xlsx", "Hostile.scenarios.csv", "x".repeat(5000) + ".drl");
    }

    /**
     * A METADATA value that closes its string and opens metadata of its own: the value is escaped, so the rule set
     * is stored with the whole value as the rule's reason, and nothing runs.
     */
    @org.junit.jupiter.api.Test
    void aMetadataValueThatClosesItsStringStaysText() {
        Path target = target("metadata closing the string");
        String reason = "x\") @foo(" + TOUCH.replace("TARGET", target.toString()) + ") @bar(\"";
        UploadFile table = new NewDecisionTable("Extra.drl.xlsx", "Board", "leadrules.fit", "fit")
                .column("NAME", null, null, "Rule ID")
                .column("CONDITION", "l : Lead", "Text.containsAnyWord(jobTitle, \"$param\")", "Job title")
                .column("ACTION", null, "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));", "Match")
                .column("METADATA", null, "reason(\"$param\")", "Reason")
                .row("FIT-ROLE-BOARD", "board member", 100, reason).file();

        JsonNode version = api.uploaded(java.util.Map.of("basedOn", "1"), table);

        JsonNode rule = api.get("/api/v1/rulesets/" + version.get("id").asString() + "/rules").json(200).get("rules")
                .valueStream().filter(r -> r.get("ruleId").asString().equals("FIT-ROLE-BOARD")).findFirst().orElseThrow();
        assertThat(rule.get("reason").asString()).isEqualTo(reason);
        assertThat(target).doesNotExist();
    }

    /**
     * A text cell of a model table (Fit) that closes its string and calls code: LeadRules writes every value as an
     * escaped literal, so the version is stored with the whole text as the cell's value, its scenarios (run at the
     * upload, every row of the Fit sheet tested on each lead) run, and nothing runs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Values", "Reason"})
    void codeInATextCellOfAModelTableStaysAValue(String header) {
        Path target = target("fit text " + header);
        String text = "chief\") || " + TOUCH.replace("TARGET", target.toString())
                + " || Text.containsAnyWord(jobTitle, \"ceo";

        JsonNode version = api.uploaded(java.util.Map.of("basedOn", "1"), EditedWorkbook.shipped(PROFILE_FIT)
                .set("Fit", "FIT-ROLE-EXECUTIVE", header, text).file());

        JsonNode row = api.get("/api/v1/rulesets/" + version.get("id").asString() + "/diff").json(200).get("changes")
                .get("workbooks").get(0).get("changedTables").get(0).get("changedRows").get(0);
        assertThat(row.get("ruleId").asString()).isEqualTo("FIT-ROLE-EXECUTIVE");
        assertThat(row.get("cells").get(0).get("header").asString()).isEqualTo(header);
        assertThat(row.get("cells").get(0).get("newValue").asString()).isEqualTo(text);
        neverRuns(target);
    }

    private JsonNode refusedWithNothingStored(UploadFile file) {
        return api.refusedWithNothingStored(REFUSALS, file);
    }

    private static void namesFileAndLine(JsonNode problem, String file) {
        if (problem.get("type").asString().equals("/problems/ruleset-limit-exceeded")) {
            assertThat(problem.get("limit").asString()).isNotBlank();
            return;
        }
        assertThat(problem.get("cells").valueStream()).as(problem.toString()).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.get("file").asString()).isEqualTo(file);
            assertThat(cell.get("line").asInt()).isPositive();
        });
    }

    private static Path target(String attack) {
        return outside.resolve(attack.replaceAll("\\W+", "-") + ".txt");
    }

    private static Arguments drl(String attack, String body) {
        return Arguments.of(attack, full(body));
    }

    /** The body after the package and import lines (line 3 is the import), unless it has its own package. */
    private static String full(String body) {
        return body.startsWith("package") ? body
                : "package leadrules.data_quality;\n\nimport io.leadrules.rules.vocabulary.*;\n" + body;
    }

    private static Arguments workbook(String attack, Function<String, UploadFile> upload, String file) {
        return Arguments.of(attack, upload, file);
    }

    /** A rule whose consequence is {@code code}. */
    private static String rhs(String code) {
        return rule("", "$lead : Lead()", code);
    }

    private static String lhs(String conditions, String code) {
        return rule("", conditions, code);
    }

    private static String rule(String header, String conditions, String code) {
        return """

                rule "DQ-HOSTILE Looks like one more data-quality check"
                    ruleflow-group "data_quality"
                    %s
                when
                    %s
                then
                    %s
                end
                """.formatted(header, conditions, code);
    }

    private static byte[] zip(String path, String drl) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(drl.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The file the attack would create exists neither after the upload nor after the live rules scored a lead. */
    private void neverRuns(Path target) {
        assertThat(target).doesNotExist();
        api.score(JourneyLeads.scoreRequest("Marketing Director"));
        assertThat(target).doesNotExist();
    }
}
