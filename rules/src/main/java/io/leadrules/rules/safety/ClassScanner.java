package io.leadrules.rules.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one class file with ASM and lists everything it refers to: super class and interfaces, annotations, field
 * and method signatures, every method and field instruction, {@code NEW}, casts and {@code instanceof}, array
 * creation, {@code LDC} of types, method handles and dynamic constants, {@code INVOKEDYNAMIC} bootstrap methods
 * with their arguments, exception handler types, and the instructions refused whatever they name (backward jumps,
 * {@code MONITORENTER}, array creation: {@link AllowList} decides where those may stay).
 */
final class ClassScanner extends ClassVisitor {

    static final String HEADER = "<class>";

    private String name;
    private final List<Use> uses = new ArrayList<>();
    private final Map<String, String> ruleOfMethod = new LinkedHashMap<>();
    private final Map<String, Set<String>> usedByMethod = new LinkedHashMap<>();

    private ClassScanner() {
        super(Opcodes.ASM9);
    }

    static GeneratedClass scan(byte[] bytes) {
        ClassScanner scanner = new ClassScanner();
        new ClassReader(bytes).accept(scanner, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new GeneratedClass(scanner.name, List.copyOf(scanner.uses), Map.copyOf(scanner.ruleOfMethod),
                Map.copyOf(scanner.usedByMethod));
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.name = name;
        if (superName != null) {
            use(HEADER, Reference.type(superName));
        }
        for (String type : interfaces) {
            use(HEADER, Reference.type(type));
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        typesIn(HEADER, Type.getType(descriptor));
        return null;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        typesIn(HEADER, Type.getType(descriptor));
        return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        String method = name;
        typesIn(method, Type.getMethodType(descriptor));
        if (exceptions != null) {
            for (String type : exceptions) {
                use(method, Reference.type(type));
            }
        }
        return new Scanner(method);
    }

    private void use(String method, Reference reference) {
        uses.add(new Use(name, method, reference));
    }

    /** Every class a type (array element, method argument or return type) names. */
    private void typesIn(String method, Type type) {
        switch (type.getSort()) {
            case Type.ARRAY -> typesIn(method, type.getElementType());
            case Type.OBJECT -> use(method, Reference.type(type.getInternalName()));
            case Type.METHOD -> {
                for (Type argument : type.getArgumentTypes()) {
                    typesIn(method, argument);
                }
                typesIn(method, type.getReturnType());
            }
            default -> { }
        }
    }

    private final class Scanner extends MethodVisitor {

        private final String method;
        private final Set<Label> seen = new HashSet<>();
        private String lastString;
        private int lastOpcode = -1;
        private int concatenated;

        Scanner(String method) {
            super(Opcodes.ASM9);
            this.method = method;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            typesIn(method, Type.getType(descriptor));
            return null;
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            lastOpcode = opcode;
            jumpTo(label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            jumpTo(dflt);
            for (Label label : labels) {
                jumpTo(label);
            }
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            visitTableSwitchInsn(0, 0, dflt, labels);
        }

        private void jumpTo(Label label) {
            if (seen.contains(label)) {
                use(method, Reference.instruction(AllowList.LOOP));
            }
        }

        @Override
        public void visitInsn(int opcode) {
            lastOpcode = opcode;
            if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
                use(method, Reference.instruction(AllowList.MONITOR));
            }
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (opcode == Opcodes.NEWARRAY) {
                use(method, Reference.instruction(AllowList.PRIMITIVE_ARRAY));
            }
            lastOpcode = opcode;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            typesIn(method, Type.getObjectType(type));
            if (opcode == Opcodes.ANEWARRAY) {
                boolean constantSize = lastOpcode >= Opcodes.ICONST_0 && lastOpcode <= Opcodes.SIPUSH;
                use(method, Reference.instruction(constantSize ? AllowList.ARRAY : AllowList.VARIABLE_ARRAY));
            }
            lastOpcode = opcode;
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            typesIn(method, Type.getType(descriptor));
            use(method, Reference.instruction(AllowList.PRIMITIVE_ARRAY));
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            lastOpcode = opcode;
            use(method, Reference.field(owner, name, descriptor));
            typesIn(method, Type.getType(descriptor));
            refers(owner);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            lastOpcode = opcode;
            use(method, Reference.method(owner, name, descriptor));
            typesIn(method, Type.getMethodType(descriptor));
            if (AllowList.isRuleDeclaration(owner, name) && lastString != null) {
                ruleOfMethod.putIfAbsent(method, lastString);
            }
            refers(owner);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            lastOpcode = Opcodes.INVOKEDYNAMIC;
            if (bootstrap.getOwner().equals(AllowList.STRING_CONCAT)) {
                concatenated += Type.getArgumentTypes(descriptor).length;
            }
            typesIn(method, Type.getMethodType(descriptor));
            handle(bootstrap);
            constants(arguments);
        }

        @Override
        public void visitLdcInsn(Object value) {
            lastOpcode = Opcodes.LDC;
            if (value instanceof String text) {
                lastString = text;
            }
            constant(value);
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            lastOpcode = opcode;
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) {
                use(method, Reference.type(type));
            }
        }

        @Override
        public void visitEnd() {
            if (concatenated > AllowList.MAX_CONCATENATED) {
                use(method, Reference.instruction(AllowList.LONG_TEXT));
            }
        }

        private void constants(Object[] values) {
            for (Object value : values) {
                constant(value);
            }
        }

        private void constant(Object value) {
            if (value instanceof Type type) {
                typesIn(method, type);
            } else if (value instanceof Handle handle) {
                handle(handle);
            } else if (value instanceof ConstantDynamic dynamic) {
                typesIn(method, Type.getType(dynamic.getDescriptor()));
                handle(dynamic.getBootstrapMethod());
                for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                    constant(dynamic.getBootstrapMethodArgument(i));
                }
            }
        }

        private void handle(Handle handle) {
            boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
            use(method, field ? Reference.field(handle.getOwner(), handle.getName(), handle.getDesc())
                    : Reference.method(handle.getOwner(), handle.getName(), handle.getDesc()));
            typesIn(method, field ? Type.getType(handle.getDesc()) : Type.getMethodType(handle.getDesc()));
            refers(handle.getOwner());
            refers(handle.getOwner() + "." + handle.getName());
        }

        private void refers(String target) {
            usedByMethod.computeIfAbsent(method, m -> new LinkedHashSet<>()).add(target);
        }
    }
}
