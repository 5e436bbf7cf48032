package io.leadrules.rules.safety;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the code generated for a rule set may use: derived by compiling the shipped rule set (version 1) and listing
 * every reference of its ~400 generated classes, then adding the obviously harmless siblings of what it uses. The
 * generated classes of the same rule set may use each other. Anything else is refused.
 *
 * <h2>Classes whose every member is allowed</h2>
 * <ul>
 *   <li>the vocabulary, {@code io.leadrules.rules.vocabulary.*} (facts and helpers such as {@code Text});</li>
 *   <li>{@code java.lang.Math} (not {@code random}), {@code java.time.LocalDate}, {@code Instant} (not
 *       {@code now}: the same lead at the same instant always gets the same answer), {@code Duration},
 *       {@code Period}, {@code java.time.temporal.ChronoUnit};</li>
 *   <li>collections: {@code java.util.List}, {@code Set}, {@code Map}, {@code Map.Entry}, {@code Collection},
 *       {@code Iterator}, {@code ArrayList}, {@code HashSet}, {@code HashMap}, {@code LinkedHashSet},
 *       {@code LinkedHashMap};</li>
 *   <li>the executable-model DSL the rule methods build each rule with: {@code org.drools.modelcompiler.dsl.pattern.D}
 *       ({@code rule}, {@code pattern}, {@code declarationOf}, {@code accumulate}, {@code exists}, {@code not},
 *       {@code and}, {@code or}, {@code on}, {@code execute}, {@code alphaIndexedBy}, {@code betaIndexedBy},
 *       {@code accFunction}), {@code org.drools.model.functions.**} (the lambda interfaces {@code Block1..9},
 *       {@code Function1}, {@code Predicate1..2}, {@code HashedExpression}, {@code PredicateInformation},
 *       {@code accumulate.AccumulateFunction}), {@code org.drools.model.view.**}, {@code PatternDSL.PatternDef},
 *       {@code impl.RuleBuilder}, {@code consequences.ConsequenceBuilder.*}, {@code Index.ConstraintType},
 *       {@code Rule.Attribute}, the accumulate functions of {@code org.drools.core.base.accumulators}
 *       ({@code count}, {@code collectList}, {@code collectSet}, {@code sum}, {@code min}, {@code max}), and
 *       {@code org.drools.modelcompiler.util.EvaluationUtil} (null-safe comparisons in constraints).</li>
 * </ul>
 *
 * <h2>Classes of which only some members are allowed</h2>
 * <ul>
 *   <li>{@code java.lang.Object}: {@code <init>}, {@code equals}, {@code hashCode}, {@code toString}; not
 *       {@code getClass} (the way to {@code ClassLoader} and reflection);</li>
 *   <li>{@code java.lang.String}: comparisons, {@code length}, {@code isEmpty}, {@code isBlank}, {@code trim},
 *       {@code strip}, case changes, {@code contains}, {@code startsWith}, {@code endsWith}, {@code indexOf},
 *       {@code substring}, {@code charAt}, {@code valueOf}; not {@code repeat}, {@code concat}, {@code replace},
 *       {@code join} (a text that feeds itself grows without bound), {@code matches}, {@code split},
 *       {@code replaceAll} (backtracking regular expressions), {@code format}; texts are joined with {@code +} only,
 *       at most {@link #MAX_CONCATENATED} values per constraint or consequence;</li>
 *   <li>{@code java.math.BigDecimal}: constructors (the generated code writes a literal as
 *       {@code new BigDecimal("50000000")}), comparisons, {@code signum}, {@code valueOf}, {@code doubleValue},
 *       {@code toString}, {@code ZERO}, {@code ONE}, {@code TEN}; no arithmetic and no {@code intValue} or
 *       {@code longValue} ({@code TEN.pow(300000000)} burns minutes of CPU; {@code 1E999999999} as a whole number
 *       needs a billion digits);</li>
 *   <li>{@code Integer}, {@code Long}, {@code Double}, {@code Short}, {@code Byte}, {@code Float},
 *       {@code Boolean}, {@code Character}, {@code Number}: {@code valueOf}, {@code xxxValue}, {@code parseXxx},
 *       {@code compare}, {@code compareTo}, {@code equals}, {@code hashCode}, {@code toString}, {@code sum},
 *       {@code min}, {@code max}, {@code signum}, {@code MIN_VALUE}, {@code MAX_VALUE}, {@code TYPE}; not
 *       {@code getInteger}, {@code getLong}, {@code getBoolean} (they read system properties);</li>
 *   <li>{@code java.lang.Enum} (every lambda class is an enum): {@code <init>}, {@code valueOf}, {@code name},
 *       {@code ordinal}, {@code equals}, {@code hashCode}, {@code toString}, {@code compareTo};
 *       {@code java.lang.System}: {@code arraycopy} only (the enum's {@code values()});</li>
 *   <li>{@code java.util.Arrays.asList}, {@code Collections.emptyList/emptySet/emptyMap/singletonList/
 *       unmodifiableList/unmodifiableSet/unmodifiableMap}, {@code Objects.equals/hash/hashCode/isNull/nonNull/
 *       requireNonNull/toString};</li>
 *   <li>{@code java.lang.invoke.LambdaMetafactory.metafactory} and
 *       {@code StringConcatFactory.makeConcatWithConstants}, as {@code INVOKEDYNAMIC} bootstrap methods (their
 *       {@code MethodHandles.Lookup}, {@code MethodType}, {@code CallSite} appear as types only);</li>
 *   <li>what a consequence reaches as {@code drools}: {@code org.drools.model.Drools.insert} and
 *       {@code setFocus}; {@code DroolsImpl.asKnowledgeHelper}, {@code insert}, {@code setFocus} (the
 *       executable model writes {@code drools.getRule()} as {@code ((DroolsImpl) drools).asKnowledgeHelper()
 *       .getRule()}); {@code KnowledgeHelper.getRule} only (not {@code getKieRuntime}, {@code halt},
 *       {@code getWorkingMemory}, ...); {@code org.kie.api.definition.rule.Rule.getName}, {@code getId},
 *       {@code getPackageName}, {@code getMetaData};</li>
 *   <li>{@code DomainClassMetadata.getPropertyIndex}, the {@code <init>} of {@code RuntimeException},
 *       {@code IllegalArgumentException} and {@code IllegalStateException} (the metadata classes throw them).</li>
 * </ul>
 * {@code java.lang.Class}, {@code Comparable}, {@code CharSequence}, {@code Exception}, {@code Iterable},
 * {@code java.util.function.Supplier}, {@code org.drools.model.Model}, {@code Rule}, {@code Declaration},
 * {@code Variable}, {@code Argument}, {@code AlphaIndex}, {@code BetaIndex}, {@code RuleItemBuilder},
 * {@code DomainClassMetadata}, {@code org.drools.compiler.kie.builder.MaterializedLambda} may appear as types
 * (in signatures, casts, {@code LDC}); none of their methods may be called unless listed above.
 *
 * <h2>Only in Drools' own generated classes</h2>
 * The project model ({@code org.drools.project.model.ProjectModel*}) describes the module with
 * {@code org.kie.api.KieServices.get().newKieModuleModel()}, {@code org.kie.api.builder.model.*},
 * {@code org.kie.api.conf.*}, {@code ClockTypeOption.get} and {@code ReleaseIdImpl}; each package's
 * {@code Rules<hash>} class sets up a date format ({@code java.time.format.DateTimeFormatterBuilder},
 * {@code java.util.Locale.ENGLISH}, {@code org.drools.util.DateUtils.getDateFormatMask}). Rule code never lands in
 * those classes, and they may use those classes only there.
 *
 * <h2>Instructions</h2>
 * No backward jump (a loop) and no {@code synchronized} block anywhere: the shipped set's generated code has none.
 * No array creation in a rule's own code (the constraint and consequence lambdas); elsewhere only arrays of an
 * allowed type with a constant size (the DSL's varargs, the enum boilerplate), never primitive arrays.
 */
final class AllowList {

    static final String LOOP = "a loop";
    static final String MONITOR = "a synchronized block";
    static final String ARRAY = "an array";
    static final String VARIABLE_ARRAY = "an array of computed size";
    static final String PRIMITIVE_ARRAY = "an array of numbers";
    /**
     * The most values one constraint or consequence may join into texts with {@code +}. Each join can double a text
     * that is joined with itself ({@code s = s + s}), and nothing else bounds it before the result becomes a fact:
     * 16 values double a 10,000-character text at most 8 times. The shipped rules join 2 at most.
     */
    static final int MAX_CONCATENATED = 16;
    static final String LONG_TEXT = "text built from more than " + AllowList.MAX_CONCATENATED + " values";
    static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";

    private static final List<String> OPEN_PREFIXES = List.of("io/leadrules/rules/vocabulary/",
            "org/drools/model/functions/", "org/drools/model/view/", "org/drools/model/consequences/ConsequenceBuilder$",
            "org/drools/core/base/accumulators/");
    private static final Set<String> OPEN = Set.of("java/lang/Math", "java/time/LocalDate",
            "java/time/Instant", "java/time/Duration", "java/time/Period", "java/time/temporal/ChronoUnit",
            "java/util/List", "java/util/Set", "java/util/Map", "java/util/Map$Entry", "java/util/Collection",
            "java/util/Iterator", "java/util/ArrayList", "java/util/HashSet", "java/util/HashMap",
            "java/util/LinkedHashSet", "java/util/LinkedHashMap", "org/drools/modelcompiler/dsl/pattern/D",
            "org/drools/model/PatternDSL$PatternDef", "org/drools/model/impl/RuleBuilder",
            "org/drools/model/Index$ConstraintType", "org/drools/model/Rule$Attribute",
            "org/drools/modelcompiler/util/EvaluationUtil");

    private static final Set<String> BOX_MEMBERS = Set.of("valueOf", "intValue", "longValue", "doubleValue",
            "floatValue", "shortValue", "byteValue", "booleanValue", "charValue", "parseInt", "parseLong",
            "parseDouble", "parseBoolean", "compare", "compareTo", "equals", "hashCode", "toString", "sum", "min",
            "max", "signum", "MIN_VALUE", "MAX_VALUE", "TYPE", "TRUE", "FALSE");
    private static final Set<String> CONSTRUCTOR = Set.of("<init>");
    private static final Map<String, Set<String>> MEMBERS = Map.ofEntries(
            Map.entry("java/lang/Object", Set.of("<init>", "equals", "hashCode", "toString")),
            Map.entry("java/math/BigDecimal", Set.of("<init>", "valueOf", "compareTo", "equals", "hashCode",
                    "signum", "doubleValue", "toString", "ZERO", "ONE", "TEN")),
            Map.entry("java/lang/String", Set.of("valueOf", "equals", "equalsIgnoreCase", "hashCode", "compareTo",
                    "compareToIgnoreCase", "length", "isEmpty", "isBlank", "trim", "strip", "toLowerCase",
                    "toUpperCase", "contains", "startsWith", "endsWith", "indexOf", "lastIndexOf", "substring",
                    "charAt", "toString")),
            Map.entry("java/lang/Integer", BOX_MEMBERS), Map.entry("java/lang/Long", BOX_MEMBERS),
            Map.entry("java/lang/Double", BOX_MEMBERS), Map.entry("java/lang/Short", BOX_MEMBERS),
            Map.entry("java/lang/Byte", BOX_MEMBERS), Map.entry("java/lang/Float", BOX_MEMBERS),
            Map.entry("java/lang/Boolean", BOX_MEMBERS), Map.entry("java/lang/Character", BOX_MEMBERS),
            Map.entry("java/lang/Number", BOX_MEMBERS),
            Map.entry("java/lang/Enum", Set.of("<init>", "valueOf", "name", "ordinal", "equals", "hashCode",
                    "toString", "compareTo")),
            Map.entry("java/lang/System", Set.of("arraycopy")),
            Map.entry("java/util/Arrays", Set.of("asList")),
            Map.entry("java/util/Collections", Set.of("emptyList", "emptySet", "emptyMap", "singletonList",
                    "unmodifiableList", "unmodifiableSet", "unmodifiableMap")),
            Map.entry("java/util/Objects", Set.of("equals", "hash", "hashCode", "isNull", "nonNull",
                    "requireNonNull", "toString")),
            Map.entry("java/lang/invoke/LambdaMetafactory", Set.of("metafactory")),
            Map.entry("java/lang/invoke/StringConcatFactory", Set.of("makeConcatWithConstants")),
            Map.entry("org/drools/model/Drools", Set.of("insert", "setFocus")),
            Map.entry("org/drools/modelcompiler/consequence/DroolsImpl", Set.of("asKnowledgeHelper", "insert",
                    "setFocus")),
            Map.entry("org/drools/core/rule/consequence/KnowledgeHelper", Set.of("getRule")),
            Map.entry("org/kie/api/definition/rule/Rule", Set.of("getName", "getId", "getPackageName",
                    "getMetaData")),
            Map.entry("org/drools/model/DomainClassMetadata", Set.of("getPropertyIndex")),
            Map.entry("java/lang/RuntimeException", CONSTRUCTOR),
            Map.entry("java/lang/IllegalArgumentException", CONSTRUCTOR),
            Map.entry("java/lang/IllegalStateException", CONSTRUCTOR));
    private static final Set<String> TYPES = Set.of("java/lang/Class", "java/lang/Comparable",
            "java/lang/CharSequence", "java/lang/Exception", "java/lang/Throwable", "java/lang/Iterable",
            "java/util/function/Supplier", "java/lang/invoke/CallSite", "java/lang/invoke/MethodHandles$Lookup",
            "java/lang/invoke/MethodType", "java/lang/invoke/MethodHandle", "org/drools/model/Model",
            "org/drools/model/Rule", "org/drools/model/Declaration", "org/drools/model/Variable",
            "org/drools/model/Argument", "org/drools/model/AlphaIndex", "org/drools/model/BetaIndex",
            "org/drools/model/RuleItemBuilder", "org/drools/compiler/kie/builder/MaterializedLambda");

    private static final Pattern PROJECT_MODEL = Pattern.compile("org/drools/project/model/ProjectModel[^/]*");
    private static final List<String> PROJECT_MODEL_PREFIXES = List.of("org/kie/api/builder/model/",
            "org/kie/api/conf/");
    private static final Map<String, Set<String>> PROJECT_MODEL_MEMBERS = Map.of(
            "org/kie/api/KieServices", Set.of("get", "newKieModuleModel"),
            "org/kie/api/runtime/conf/ClockTypeOption", Set.of("get"),
            "org/kie/util/maven/support/ReleaseIdImpl", CONSTRUCTOR,
            "org/kie/api/builder/ReleaseId", Set.of(),
            "org/drools/modelcompiler/CanonicalKieModuleModel", Set.of());
    private static final Pattern PACKAGE_RULES = Pattern.compile("[^$]*/Rules[0-9A-F]{32}");
    private static final Map<String, Set<String>> PACKAGE_RULES_MEMBERS = Map.of(
            "java/time/format/DateTimeFormatterBuilder", Set.of("<init>", "appendPattern", "parseCaseInsensitive",
                    "toFormatter"),
            "java/time/format/DateTimeFormatter", Set.of(),
            "java/util/Locale", Set.of("ENGLISH"),
            "org/drools/util/DateUtils", Set.of("getDateFormatMask"));

    /**
     * A package of more than 999 rules: Drools splits its rule list over classes {@code Rules<hash>Rules<n>}, each a
     * {@code RulesSupplier}, which the package's {@code Rules<hash>} class joins with {@code RulesSupplier.getRules}.
     * Those classes only list rule methods; nothing else may use the interface.
     */
    private static final Pattern RULES_SUPPLIERS = Pattern.compile("[^$]*/Rules[0-9A-F]{32}(Rules[0-9]+)?");
    private static final Map<String, Set<String>> RULES_SUPPLIER_MEMBERS = Map.of(
            "org/drools/model/RulesSupplier", Set.of("getRules", "getRulesList"));

    /** Loaded by Drools for the generated classes though no rule code may use them: see {@link ClassLoadingWall}. */
    private static final Set<String> DROOLS_RUNTIME_TYPES = Set.of("org/kie/api/builder/ReleaseId",
            "org/drools/modelcompiler/CanonicalKieModuleModel");

    /**
     * Members refused even on a class whose other members are all allowed. The facts the engine inserts (the lead, its
     * consent, its activities, the instant) are what the lead is; rules only add results: a rule that could make them
     * would forge what the decision record says the engine saw, and multiply the facts other rules join over. The
     * clock and chance: a rule must give the same answer for the same lead and instant (replay, scores as of an
     * instant), and a rule that waits for a date would pass every check at upload and change later.
     */
    private static final Map<String, Set<String>> NEVER = Map.ofEntries(
            Map.entry("java/time/Instant", Set.of("now")),
            Map.entry("java/time/LocalDate", Set.of("now")),
            Map.entry("java/lang/Math", Set.of("random")),
            Map.entry("io/leadrules/rules/vocabulary/Lead", Set.of("<init>", "with", "withAttributes")),
            Map.entry("io/leadrules/rules/vocabulary/Attributes", Set.of("of")),
            Map.entry("io/leadrules/rules/vocabulary/GivenAttribute", CONSTRUCTOR),
            Map.entry("io/leadrules/rules/vocabulary/Consent", CONSTRUCTOR),
            Map.entry("io/leadrules/rules/vocabulary/Activity", CONSTRUCTOR),
            Map.entry("io/leadrules/rules/vocabulary/AgedActivity", Set.of("<init>", "of")),
            Map.entry("io/leadrules/rules/vocabulary/ActivityType", CONSTRUCTOR),
            Map.entry("io/leadrules/rules/vocabulary/AsOf", CONSTRUCTOR));

    /** Drools' enum boilerplate in every lambda class: it holds no rule code. */
    private static final Set<String> LAMBDA_BOILERPLATE = Set.of("<clinit>", "<init>", "values", "valueOf",
            "getExpressionHash", "predicateInformation", ClassScanner.HEADER);

    private AllowList() {
    }

    /** {@code D.rule(package, name)}: the call that names the rule a rule method builds. */
    static boolean isRuleDeclaration(String owner, String name) {
        return name.equals("rule") && (owner.equals("org/drools/modelcompiler/dsl/pattern/D")
                || owner.equals("org/drools/model/DSL") || owner.equals("org/drools/model/PatternDSL"));
    }

    /**
     * Whether a class (internal name) may be loaded for a rule set: every class the lists above name, and the few
     * classes Drools' own generated classes use. Members are not checked here: that is the bytecode check's job.
     */
    static boolean loadable(String type) {
        return typeAllowed(type) || PACKAGE_RULES_MEMBERS.containsKey(type) || DROOLS_RUNTIME_TYPES.contains(type)
                || RULES_SUPPLIER_MEMBERS.containsKey(type);
    }

    /** Why the use is refused, or empty when it is allowed. */
    static Optional<String> refusal(Use use) {
        Reference reference = use.reference();
        boolean allowed = switch (reference.kind()) {
            case INSTRUCTION -> instructionAllowed(use);
            case CLASS -> typeAllowed(reference.owner()) || scopedAllowed(use, reference.owner(), null);
            case METHOD, FIELD -> memberAllowed(reference.owner(), reference.member())
                    || scopedAllowed(use, reference.owner(), reference.member());
        };
        return allowed ? Optional.empty() : Optional.of(reason(reference));
    }

    private static boolean instructionAllowed(Use use) {
        String what = use.reference().owner();
        if (what.equals(ARRAY) || what.equals(LONG_TEXT)) {
            return !isRuleCode(use);
        }
        return what.equals(VARIABLE_ARRAY) && isLambdaClass(use.generatedClass()) && use.method().equals("values");
    }

    /** A constraint or consequence: a lambda class's own method, or a lambda the rule method kept inline. */
    private static boolean isRuleCode(Use use) {
        return use.method().startsWith("lambda$")
                || isLambdaClass(use.generatedClass()) && !LAMBDA_BOILERPLATE.contains(use.method());
    }

    private static boolean isLambdaClass(String generatedClass) {
        return generatedClass.substring(generatedClass.lastIndexOf('/') + 1).startsWith("Lambda");
    }

    private static boolean typeAllowed(String type) {
        return isOpen(type) || MEMBERS.containsKey(type) || TYPES.contains(type);
    }

    private static boolean memberAllowed(String owner, String member) {
        if (NEVER.getOrDefault(owner, Set.of()).contains(member)) {
            return false;
        }
        return isOpen(owner) || MEMBERS.getOrDefault(owner, Set.of()).contains(member);
    }

    private static boolean isOpen(String type) {
        return OPEN.contains(type) || OPEN_PREFIXES.stream().anyMatch(type::startsWith);
    }

    private static boolean scopedAllowed(Use use, String owner, String member) {
        if (PROJECT_MODEL.matcher(use.generatedClass()).matches()) {
            return PROJECT_MODEL_PREFIXES.stream().anyMatch(owner::startsWith)
                    || allowedIn(PROJECT_MODEL_MEMBERS, owner, member);
        }
        if (RULES_SUPPLIERS.matcher(use.generatedClass()).matches()
                && allowedIn(RULES_SUPPLIER_MEMBERS, owner, member)) {
            return true;
        }
        return PACKAGE_RULES.matcher(use.generatedClass()).matches()
                && allowedIn(PACKAGE_RULES_MEMBERS, owner, member);
    }

    private static boolean allowedIn(Map<String, Set<String>> members, String owner, String member) {
        Set<String> allowed = members.get(owner);
        return allowed != null && (member == null || allowed.contains(member));
    }

    /** "calls java.lang.Runtime.exec: not allowed in rules, ...": the caller puts the rule in front. */
    private static String reason(Reference reference) {
        String onlyVocabulary = ": not allowed in rules, which may only use the fact vocabulary, text, numbers, "
                + "dates and lists";
        return switch (reference.kind()) {
            case INSTRUCTION -> "uses " + reference.owner() + ": not allowed in rules, which say what a lead is "
                    + "worth one step at a time";
            case CLASS -> "uses the class " + reference.describe() + onlyVocabulary;
            case METHOD -> "calls " + reference.describe() + onlyVocabulary;
            case FIELD -> "reads " + reference.describe() + onlyVocabulary;
        };
    }
}
