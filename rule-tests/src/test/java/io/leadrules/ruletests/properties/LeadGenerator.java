package io.leadrules.ruletests.properties;

import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Random leads for the property tests, reproducible from a seed. Values are drawn from pools that mix the
 * default model's table values, their boundaries, other values and blanks, so that every rule gets its turn.
 *
 * <p>Seeds are {@code base, base + 1, ...}: run one failing seed again with
 * {@code -Dleadrules.properties.seed=<seed> -Dleadrules.properties.count=1}.
 */
final class LeadGenerator {

    static final long DEFAULT_SEED = 20_261_122L;
    static final int DEFAULT_COUNT = 300;

    static final List<String> SALES_READY = List.of("DEMO_REQUESTED", "FREE_TRIAL_STARTED", "CONTACT_SALES");
    static final List<String> POSITIVE_TYPES = List.of("EMAIL_OPEN", "EMAIL_CLICK", "PAGE_VIEW", "PRICING_PAGE_VIEW",
            "CONTENT_DOWNLOAD", "FORM_SUBMITTED", "WEBINAR_REGISTERED", "WEBINAR_ATTENDED", "EVENT_ATTENDED",
            "SOCIAL_INTERACTION", "DEMO_REQUESTED", "FREE_TRIAL_STARTED", "CONTACT_SALES");
    static final List<String> UNKNOWN_TYPES = List.of("PODCAST_LISTENED", "CHAT_STARTED", "APP_INSTALLED");

    private static final Instant EARLIEST_AS_OF = Instant.parse("2025-01-01T00:00:00Z");
    private static final long AS_OF_RANGE_SECONDS = Duration.ofDays(3 * 365).toSeconds();

    // contact data: mostly clean, sometimes junk that disqualifies, sometimes odd data that only warns
    private static final String[] FIRST_NAMES = {"Ana", "Luis", "Mei", "Testa", null};
    private static final String[] JUNK_NAMES = {"test", "Asdf", "xxx", ""};
    private static final String[] LAST_NAMES = {"Garcia", "Okafor", "Lindqvist", null};
    private static final String[] EMAILS = {"ana@acme-soft.com", "luis.okafor@bank.example.org", "mei@gmail.com",
            "x@hotmail.com", null};
    private static final String[] BAD_EMAILS = {"ana@mailinator.com", "qwerty@acme-soft.com", "not-an-email", "ana@",
            " "};
    private static final String[] PHONES = {"+34 612 345 678", "123 4567", "+1 (415) 555-0100", null};
    private static final String[] ODD_PHONES = {"call me", "123", "1234567890123456"};
    private static final String[] COMPANIES = {"Acme Soft", "Globex", null, ""};
    private static final String[] JOB_TITLES = {"CEO", "Chief Revenue Officer", "Co-Founder", "Director",
            "Vice President of Sales", "Head of Growth", "Marketing Manager", "Lead Engineer", "Data Analyst",
            "Marketing Intern", "Student", "Doctor", "Astronaut", null, ""};
    private static final Integer[] COMPANY_SIZES = {null, 0, 1, 9, 10, 49, 50, 199, 200, 999, 1000, 25_000};
    private static final String[] INDUSTRIES = {"SOFTWARE", "finance", "PROFESSIONAL_SERVICES", "HEALTHCARE",
            "RETAIL", "MANUFACTURING", "EDUCATION", "AGRICULTURE", "space tourism", null, " "};
    private static final String[] REVENUES = {null, "0", "999999.99", "1000000", "9999999.99", "10000000",
            "49999999.99", "50000000", "1234567890"};
    private static final String[] SOURCES = {"REFERRAL", "EVENT", "PARTNER", "ORGANIC_SEARCH", "DIRECT", "EMAIL",
            "SOCIAL", "CONTENT_SYNDICATION", "PAID_ADS", "OUTBOUND", "TRADE_SHOW", null};
    private static final String[] LEAD_MAGNETS = {"EBOOK", "WEBINAR", "CONTEST", "DISCOUNT", null};
    private static final String[] PRODUCT_INTERESTS = {"crm-suite", "analytics", "ANY", "PACKAGE", "any", null};

    private LeadGenerator() {
    }

    /** The seeds to run: {@code leadrules.properties.seed} (default {@value #DEFAULT_SEED}) and up. */
    static LongStream seeds() {
        long base = Long.getLong("leadrules.properties.seed", DEFAULT_SEED);
        int count = Integer.getInteger("leadrules.properties.count", DEFAULT_COUNT);
        return LongStream.range(base, base + count);
    }

    static GeneratedLead generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant asOf = EARLIEST_AS_OF.plusSeconds(random.nextLong(AS_OF_RANGE_SECONDS));
        return new GeneratedLead(seed, lead(random, seed), activities(random, seed, asOf), asOf);
    }

    private static Lead lead(SplittableRandom random, long seed) {
        return new Lead("gen-" + seed, sometimes(random, 4, JUNK_NAMES, FIRST_NAMES),
                sometimes(random, 3, JUNK_NAMES, LAST_NAMES), sometimes(random, 8, BAD_EMAILS, EMAILS),
                sometimes(random, 12, ODD_PHONES, PHONES), pick(random, COMPANIES), pick(random, JOB_TITLES), pick(random, INDUSTRIES),
                companySize(random), revenue(random), "ES", pick(random, SOURCES), pick(random, LEAD_MAGNETS),
                pick(random, PRODUCT_INTERESTS), consent(random));
    }

    private static Integer companySize(SplittableRandom random) {
        return random.nextInt(4) == 0 ? Integer.valueOf(1 + random.nextInt(100_000)) : pick(random, COMPANY_SIZES);
    }

    private static BigDecimal revenue(SplittableRandom random) {
        if (random.nextInt(4) == 0) {
            return BigDecimal.valueOf(random.nextLong(200_000_000_00L), 2);
        }
        String revenue = pick(random, REVENUES);
        return revenue == null ? null : new BigDecimal(revenue);
    }

    /** Mostly consented; sometimes no consent, an objection, or both. */
    private static Consent consent(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 78) {
            return new Consent(true, random.nextBoolean() ? false : null, "2026-01", null);
        }
        if (roll < 84) {
            return null;
        }
        if (roll < 90) {
            return new Consent(random.nextBoolean() ? false : null, false, "2026-01", null);
        }
        return new Consent(random.nextBoolean(), true, "2026-01", null);
    }

    private static List<Activity> activities(SplittableRandom random, long seed, Instant asOf) {
        int count = random.nextInt(5) == 0 ? 0 : random.nextInt(1, 31);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            activities.add(new Activity("gen-" + seed + "-" + i, type(random), occurredAt(random, asOf), null));
        }
        return activities;
    }

    /**
     * Mostly positive types (a quarter of them page views, so that the visit rules get their turn); some
     * penalties, rarely a spam complaint (it disqualifies), some unknown types.
     */
    static String type(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return "PAGE_VIEW";
        }
        if (roll < 85) {
            return pick(random, POSITIVE_TYPES);
        }
        if (roll < 92) {
            return pick(random, "UNSUBSCRIBED", "EMAIL_BOUNCED");
        }
        return roll < 93 ? "SPAM_COMPLAINT" : pick(random, UNKNOWN_TYPES);
    }

    /**
     * Up to 400 days before asOf, to the second: half in the last 30 days, where most rules look. About one in
     * twenty is up to 10 days after asOf.
     */
    private static Instant occurredAt(SplittableRandom random, Instant asOf) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return asOf.plusSeconds(1 + random.nextLong(Duration.ofDays(10).toSeconds()));
        }
        long days = roll <= 10 ? 31 : 401;
        return asOf.minusSeconds(random.nextLong(Duration.ofDays(days).toSeconds()));
    }

    /** One of {@code rare} about {@code percent}% of the time, else one of {@code usual}. */
    private static String sometimes(SplittableRandom random, int percent, String[] rare, String[] usual) {
        return random.nextInt(100) < percent ? pick(random, rare) : pick(random, usual);
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom random, T... values) {
        return pick(random, Arrays.asList(values));
    }
}
