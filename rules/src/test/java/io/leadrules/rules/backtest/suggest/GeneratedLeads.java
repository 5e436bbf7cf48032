package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.backtest.ObservedLead;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Leads whose conversion is known to be driven by two things only: a demo request and a senior role (a VP or a
 * director). Executives, industries, sizes, sources and every other activity are independent of it, so a model
 * that learnt from them must rate the driving rows above the neutral ones.
 */
final class GeneratedLeads {

    static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");
    private static final String[] TITLES = {"CEO", "VP Sales", "Marketing Director", "Sales Manager",
            "Data Analyst", "Student", null};
    private static final String[] INDUSTRIES = {"SOFTWARE", "FINANCE", "HEALTHCARE", "RETAIL", "ENERGY"};
    private static final int[] SIZES = {5, 30, 100, 500, 2000};
    private static final String[] SOURCES = {"REFERRAL", "ORGANIC_SEARCH", "EMAIL", "PAID_ADS", "OUTBOUND"};

    /** One generated lead: what the engine sees and whether it converted. */
    record Generated(EvaluationInput input, boolean converted) {
    }

    private GeneratedLeads() {
    }

    static List<Generated> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Generated> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = TITLES[random.nextInt(TITLES.length)];
            boolean demo = random.nextDouble() < 0.2;
            Lead lead = new Lead("gen-" + i, "Ana", "Lopez", "lead" + i + "@example-corp.com", null, "Corp " + i,
                    title, INDUSTRIES[random.nextInt(INDUSTRIES.length)], SIZES[random.nextInt(SIZES.length)],
                    BigDecimal.valueOf(random.nextInt(80) * 1_000_000L), "ES",
                    SOURCES[random.nextInt(SOURCES.length)], null, random.nextBoolean() ? "crm-suite" : "ANY",
                    new Consent(true, false, "v1", AS_OF.minus(Duration.ofDays(40))));
            List<Activity> activities = activities(random, i, demo);
            boolean senior = "VP Sales".equals(title) || "Marketing Director".equals(title);
            double logOdds = -2.6 + (demo ? 2.6 : 0) + (senior ? 2.0 : 0);
            boolean converted = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
            leads.add(new Generated(new EvaluationInput(lead, activities, AS_OF), converted));
        }
        return leads;
    }

    private static List<Activity> activities(Random random, int lead, boolean demo) {
        List<Activity> activities = new ArrayList<>();
        add(activities, lead, "EMAIL_OPEN", random.nextInt(5), 1 + random.nextInt(60));
        add(activities, lead, "PAGE_VIEW", random.nextInt(7), 1 + random.nextInt(20));
        add(activities, lead, "WEBINAR_ATTENDED", random.nextDouble() < 0.15 ? 1 : 0, 1 + random.nextInt(20));
        add(activities, lead, "DEMO_REQUESTED", demo ? 1 : 0, 1 + random.nextInt(10));
        return activities;
    }

    private static void add(List<Activity> activities, int lead, String type, int events, int daysAgo) {
        for (int e = 0; e < events; e++) {
            activities.add(new Activity(lead + "-" + type + "-" + e, type,
                    AS_OF.minus(Duration.ofDays(daysAgo).plusHours(e)), null));
        }
    }

    static List<ObservedLead> observe(CompiledRuleSet rules, List<Generated> leads) {
        return leads.stream().map(g -> ObservedLead.of(rules.evaluate(g.input()), g.converted())).toList();
    }
}
