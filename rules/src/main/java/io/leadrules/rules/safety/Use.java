package io.leadrules.rules.safety;

/**
 * A {@link Reference} where it occurs: the generated class (internal name) and the method ({@code name(descriptor)},
 * or {@code <class>} for the class header: super class, interfaces, annotations, field types).
 */
record Use(String generatedClass, String method, Reference reference) {
}
