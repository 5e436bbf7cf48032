package io.leadrules.rules.safety;

/**
 * The parent of a compiled rule set's class loader: it resolves only the classes {@link BytecodeCheck} lets rule code
 * use (the vocabulary, the JDK value types and collections, the executable-model DSL and the few classes Drools' own
 * generated code needs) and answers {@link ClassNotFoundException} for every other name. Drools defines the
 * generated classes in a loader whose parent this is, so each class a generated class names is resolved here: a
 * rule that slipped past the bytecode check still cannot reach {@code java.lang.ProcessBuilder} or
 * {@code java.io.File}; it fails with {@link NoClassDefFoundError} instead of running.
 *
 * <p>The list was found by recording every name asked of the loader while the shipped rule set was compiled and its
 * scenarios run: 28 vocabulary classes, 18 JDK classes, 38 Drools classes, and the generated classes themselves
 * (which Drools asks the parent for first, gets refused, and then defines from the compiled module). Resources pass
 * through: generated code cannot ask for them, since no method of {@code Class} or {@code ClassLoader} is allowed.
 */
public final class ClassLoadingWall extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** @param parent the loader of the vocabulary and of Drools (the rules module's own loader) */
    public ClassLoadingWall(ClassLoader parent) {
        super("leadrules-rule-wall", parent);
    }

    /** Whether a class, by its Java name ({@code java.lang.String}), may be resolved for a rule set. */
    public static boolean allows(String className) {
        return AllowList.loadable(className.replace('.', '/'));
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!allows(name)) {
            throw new ClassNotFoundException(name + " is not available to rules");
        }
        return super.loadClass(name, resolve);
    }
}
