package io.leadrules.rules.safety;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The types rule code may name, by simple name: the fact vocabulary, the JDK types a rule may import, and a few of
 * {@code java.lang} (which Java imports implicitly, so an import list alone would leave {@code System} reachable).
 */
final class RuleTypes {

    static final String VOCABULARY = "io.leadrules.rules.vocabulary";
    static final Map<String, Class<?>> JDK_IMPORTS = Map.of("java.util.List", List.class, "java.util.Set", Set.class,
            "java.util.Map", Map.class, "java.util.Collection", Collection.class,
            "java.math.BigDecimal", BigDecimal.class, "java.time.Instant", Instant.class,
            "java.time.Duration", Duration.class, "java.time.LocalDate", LocalDate.class);
    private static final Map<String, Class<?>> JAVA_LANG = Map.of("String", String.class, "Number", Number.class,
            "Integer", Integer.class, "Long", Long.class, "Double", Double.class, "Boolean", Boolean.class,
            "Character", Character.class, "Math", Math.class, "Object", Object.class);
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals", "toString", "wait",
            "notify", "notifyAll");

    private static final ClassValue<Set<String>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Set.copyOf(readProperties(type));
        }
    };

    private RuleTypes() {
    }

    static boolean allowed(String simpleName) {
        return classOf(simpleName).isPresent();
    }

    static Optional<Class<?>> classOf(String simpleName) {
        if (simpleName == null || !SIMPLE_NAME.matcher(simpleName).matches()) {
            return Optional.empty();
        }
        Class<?> lang = JAVA_LANG.get(simpleName);
        if (lang != null) {
            return Optional.of(lang);
        }
        for (Class<?> imported : JDK_IMPORTS.values()) {
            if (imported.getSimpleName().equals(simpleName)) {
                return Optional.of(imported);
            }
        }
        return vocabulary(simpleName);
    }

    /** Vocabulary classes are ours: loading them (without initialising) runs nothing a rule set wrote. */
    private static Optional<Class<?>> vocabulary(String simpleName) {
        ClassLoader loader = RuleTypes.class.getClassLoader();
        if (loader.getResource(VOCABULARY.replace('.', '/') + "/" + simpleName + ".class") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(VOCABULARY + "." + simpleName, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The names a constraint on this type may start with: its accessors ({@code email}, {@code getX}) and fields. */
    static Set<String> propertiesOf(Class<?> type) {
        return PROPERTIES.get(type);
    }

    private static Set<String> readProperties(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !OBJECT_METHODS.contains(method.getName())
                    && !Modifier.isStatic(method.getModifiers())) {
                names.add(method.getName());
                names.add(property(method.getName()));
            }
        }
        for (Field field : type.getFields()) {
            names.add(field.getName());
        }
        return names;
    }

    private static String property(String accessor) {
        for (String prefix : List.of("get", "is")) {
            if (accessor.length() > prefix.length() && accessor.startsWith(prefix)
                    && Character.isUpperCase(accessor.charAt(prefix.length()))) {
                String rest = accessor.substring(prefix.length());
                return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
            }
        }
        return accessor;
    }
}
