package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tiny rule set whose answers are easy to predict, compiled once for all runner tests (the default rule set takes
 * ~12 s; rule-tests runs the shipped scenarios against it). Fit score = company size; grade A from 80; engagement =
 * activities up to asOf; everyone is a LEAD with NURTURE_AWARENESS; no company adds MISSING_COMPANY and
 * VERIFY_CONTACT_DATA; an objection makes the lead invalid. Temperature, funnel stage, priority and score stay null.
 */
final class TestRules {

    static final String DRL = """
            package leadrules.test;
            import io.leadrules.rules.vocabulary.*;

            rule "T-FIT The fit score is the company size"
            when
                Lead( companySize != null, $size : companySize )
            then
                insert(new FitScore($size, drools.getRule().getName()));
                insert(new Grade($size >= 80 ? "A" : "B", drools.getRule().getName()));
            end

            rule "T-ENGAGEMENT The engagement score is the number of activities up to asOf"
            when
                accumulate( AgedActivity( afterAsOf == false ); $count : count() )
            then
                insert(new EngagementScore(((Number) $count).intValue(), drools.getRule().getName()));
            end

            rule "T-STAGE Everyone is a lead"
            when
                Lead()
            then
                insert(new Stage("LEAD", drools.getRule().getName()));
                insert(new Recommendation(1, "NURTURE_AWARENESS", "Send the blog digest", drools.getRule().getName()));
            end

            rule "T-NO-COMPANY A lead without a company"
            when
                Lead( company == null )
            then
                insert(new Finding("MISSING_COMPANY", "lead.company", Severity.WARNING, "No company",
                        drools.getRule().getName()));
                insert(new Recommendation(2, "VERIFY_CONTACT_DATA", "Check the company", drools.getRule().getName()));
            end

            rule "T-OBJECTION The person objected to profiling"
            when
                Consent( profilingObjection == true )
            then
                insert(new Invalidity("PROFILING_OBJECTION", drools.getRule().getName()));
            end

            rule "T-NEVER A rule that never fires"
            when
                Lead( firstName == "nobody-is-called-this" )
            then
            end
            """;

    private static CompiledRuleSet compiled;

    private TestRules() {
    }

    static synchronized CompiledRuleSet compiled() {
        if (compiled == null) {
            compiled = new RuleSetCompiler().compile("test", List.of(new RuleFile("Test.drl", bytes(DRL))));
        }
        return compiled;
    }

    static RuleFile csv(String name, String text) {
        return new RuleFile(name, bytes(text));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
