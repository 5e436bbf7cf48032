package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What rule code may do. Rules are code: a cell or a DRL file could otherwise run anything in the service. A rule
 * set may only use the fact vocabulary ({@code io.leadrules.rules.vocabulary}), a few value types of the JDK, and
 * {@code drools.getRule()} / {@code drools.setFocus(...)}. Checked on the DRL Drools would compile (written or
 * generated from a table) before anything is built, so nothing in a refused rule set ever runs.
 */
final class RuleSafety {

    private static final Pattern VOCABULARY = Pattern.compile("io\\.leadrules\\.rules\\.vocabulary\\.(\\*|[A-Z]\\w*)");
    private static final Set<String> JDK_IMPORTS = Set.of("java.util.List", "java.util.Set", "java.util.Map",
            "java.util.Collection", "java.math.BigDecimal", "java.time.Instant", "java.time.Duration",
            "java.time.LocalDate");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+|function\\s+|accumulate\\s+)?"
            + "([\\w.*]+)");
    private static final Pattern DECLARATION = Pattern.compile("^\\s*(function|global|declare)\\b");
    private static final Pattern MVEL = Pattern.compile("\\bdialect\\s+\"mvel\"");
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(java|javax|jdk|sun|com|org|net|io)\\s*\\.\\s*[a-z_]\\w*\\s*\\.");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_]\\w*\\b");
    /** Java reads unicode escapes before anything else: {@code \\u0053ystem} is {@code System}. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u+[0-9a-fA-F]{4}");
    private static final Pattern LOOP_OR_ARRAY = Pattern.compile("\\b(while|for)\\s*\\(|\\bdo\\s*\\{|\\bnew\\s+\\w+\\s*\\[");
    private static final Set<String> FORBIDDEN = Set.of(
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "Thread", "ThreadGroup",
            "ThreadLocal", "InheritableThreadLocal", "Executors", "ExecutorService", "ForkJoinPool",
            "CompletableFuture", "Timer", "Class", "ClassLoader", "Module", "ModuleLayer", "StackWalker",
            "SecurityManager", "Compiler", "Method", "Field", "Constructor", "Proxy", "MethodHandles", "MethodHandle",
            "VarHandle", "Unsafe", "File", "Files", "Path", "Paths", "FileSystems", "FileInputStream",
            "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "PrintStream", "ObjectInputStream",
            "ObjectOutputStream", "Socket", "ServerSocket", "DatagramSocket", "URL", "URI", "URLConnection",
            "HttpClient", "InetAddress", "ScriptEngineManager", "getClass", "forName", "getDeclaredMethod",
            "getDeclaredMethods", "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor", "getMethod",
            "getField", "newInstance", "setAccessible", "invoke", "exec", "exit", "loadLibrary", "getKieRuntime",
            "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getEntryPoint", "halt", "repeat");

    private RuleSafety() {
    }

    static List<CompileProblem> check(List<DrlUnit> units) {
        List<CompileProblem> problems = new ArrayList<>();
        for (DrlUnit unit : units) {
            List<String> raw = unit.drl().lines().toList();
            for (int i = 0; i < raw.size(); i++) {
                if (UNICODE_ESCAPE.matcher(raw.get(i)).find()) {
                    problems.add(SafetyProblems.locate(unit, i + 1, new Violation("\\u", "unicode escapes (\\uXXXX) "
                            + "are not allowed in rules: type the character itself")));
                }
            }
            List<String> lines = DrlCode.codeLines(unit.drl());
            for (int i = 0; i < lines.size(); i++) {
                int line = i + 1;
                violation(lines.get(i)).ifPresent(v -> problems.add(SafetyProblems.locate(unit, line, v)));
            }
        }
        return problems;
    }

    private static Optional<Violation> violation(String code) {
        Matcher imported = IMPORT.matcher(code);
        if (imported.find()) {
            return importViolation(imported.group(1), imported.group(2));
        }
        Matcher declaration = DECLARATION.matcher(code);
        if (declaration.find()) {
            String kind = declaration.group(1);
            String what = kind.equals("declare") ? "a new fact type" : "a " + kind;
            return Optional.of(new Violation(kind, "declaring " + what + " is not allowed in a rule set: rules may "
                    + "only use the fact vocabulary and the helpers documented for it"));
        }
        if (MVEL.matcher(code).find()) {
            return Optional.of(new Violation("mvel", "the MVEL dialect is not allowed; write rules in Java syntax"));
        }
        return codeViolation(code);
    }

    private static Optional<Violation> importViolation(String modifier, String target) {
        if (modifier != null) {
            return Optional.of(new Violation(target, "'import " + modifier.trim() + "' is not allowed: rules may only "
                    + "use the fact vocabulary"));
        }
        if (VOCABULARY.matcher(target).matches() || JDK_IMPORTS.contains(target)) {
            return Optional.empty();
        }
        return Optional.of(new Violation(target, "importing '" + target + "' is not allowed: rules may import "
                + "io.leadrules.rules.vocabulary.* and " + String.join(", ", JDK_IMPORTS.stream().sorted().toList())));
    }

    private static Optional<Violation> codeViolation(String code) {
        Matcher qualified = QUALIFIED.matcher(code);
        if (qualified.find() && !code.substring(qualified.start()).startsWith("io.leadrules.rules.vocabulary")) {
            return Optional.of(new Violation(qualified.group().replaceAll("\\s", ""), "a fully qualified name ("
                    + qualified.group().replaceAll("\\s", "") + "...) is not allowed: rules may only use the fact "
                    + "vocabulary"));
        }
        Matcher loop = LOOP_OR_ARRAY.matcher(code);
        if (loop.find()) {
            return Optional.of(new Violation(loop.group().replaceAll("[\\s(\\[{]", ""), "loops and arrays are not "
                    + "allowed in rules: a loop in a rule could run forever; a rule fires once per match instead"));
        }
        if (CLASS_LITERAL.matcher(code).find()) {
            return Optional.of(new Violation("class", "'.class' is not allowed: no reflection in rules"));
        }
        Matcher identifier = IDENTIFIER.matcher(code);
        while (identifier.find()) {
            if (FORBIDDEN.contains(identifier.group())) {
                return Optional.of(new Violation(identifier.group(), "'" + identifier.group() + "' is not allowed in "
                        + "rules: no system, process, thread, reflection, class loading, file or network access"));
            }
        }
        return Optional.empty();
    }

    /** What was found ({@code token}, as written) and why it is refused. */
    record Violation(String token, String message) {
    }
}
