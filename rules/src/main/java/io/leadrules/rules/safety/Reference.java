package io.leadrules.rules.safety;

/**
 * One thing a generated class uses: a class ({@code member} null), a method or a field, or an instruction that is
 * refused whatever it names ({@link Kind#INSTRUCTION}). Names are internal JVM names ({@code java/lang/String}).
 *
 * @param kind       what sort of use
 * @param owner      the class named (the class declaring the member for a method or field)
 * @param member     the method or field name, null for a class
 * @param descriptor the method or field descriptor, null for a class
 */
record Reference(Kind kind, String owner, String member, String descriptor) {

    enum Kind { CLASS, METHOD, FIELD, INSTRUCTION }

    static Reference type(String internalName) {
        return new Reference(Kind.CLASS, internalName, null, null);
    }

    static Reference method(String owner, String name, String descriptor) {
        return new Reference(Kind.METHOD, owner, name, descriptor);
    }

    static Reference field(String owner, String name, String descriptor) {
        return new Reference(Kind.FIELD, owner, name, descriptor);
    }

    static Reference instruction(String what) {
        return new Reference(Kind.INSTRUCTION, what, null, null);
    }

    /** {@code java.lang.Runtime.exec}, {@code java.lang.ProcessBuilder}, or the instruction's description. */
    String describe() {
        String type = owner.replace('/', '.');
        return switch (kind) {
            case CLASS -> type;
            case INSTRUCTION -> owner;
            case METHOD, FIELD -> type + "." + member;
        };
    }
}
