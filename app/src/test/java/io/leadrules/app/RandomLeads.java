package io.leadrules.app;

import io.leadrules.app.lead.StoredConsent;
import io.leadrules.app.lead.StoredProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random stored leads, reproducible from a seed: profiles drawn from pools that mix the default model's table values,
 * junk, blanks and nulls; consent given, missing or objected; 0 to 40 activities of known, unknown and sales-ready
 * types over the 400 days before a random asOf, a few after it. Emails and external ids are made unique per seed
 * (the store keys people by them).
 */
final class RandomLeads {

    private static final String[] FIRST_NAMES = {"Ana", "Luis", "Mei", "test", "", null};
    private static final String[] LAST_NAMES = {"Garcia", "Okafor", "asdf", null};
    private static final String[] EMAILS = {"ana@acme-soft.com", "mei@gmail.com", "ana@mailinator.com",
            "qwerty@acme-soft.com", "not-an-email", " ", null};
    private static final String[] PHONES = {"+34 612 345 678", "123 4567", "call me", "123", null};
    private static final String[] COMPANIES = {"Acme Soft", "Globex", "", null};
    private static final String[] JOB_TITLES = {"CEO", "Director", "Head of Growth", "Marketing Manager",
            "Lead Engineer", "Marketing Intern", "Student", "Astronaut", "", null};
    private static final Integer[] COMPANY_SIZES = {null, 0, 9, 10, 49, 50, 199, 200, 999, 25_000};
    private static final String[] INDUSTRIES = {"SOFTWARE", "finance", "HEALTHCARE", "RETAIL", "EDUCATION",
            "space tourism", " ", null};
    private static final String[] REVENUES = {null, "0", "999999.99", "10000000", "49999999.99", "1234567890"};
    private static final String[] SOURCES = {"REFERRAL", "EVENT", "ORGANIC_SEARCH", "PAID_ADS", "OUTBOUND", null};
    private static final String[] LEAD_MAGNETS = {"EBOOK", "WEBINAR", "CONTEST", null};
    private static final String[] PRODUCT_INTERESTS = {"crm-suite", "analytics", "ANY", null};
    private static final String[] TYPES = {"EMAIL_OPEN", "EMAIL_CLICK", "PAGE_VIEW", "PRICING_PAGE_VIEW",
            "CONTENT_DOWNLOAD", "FORM_SUBMITTED", "WEBINAR_ATTENDED", "EVENT_ATTENDED", "DEMO_REQUESTED",
            "FREE_TRIAL_STARTED", "CONTACT_SALES", "UNSUBSCRIBED", "EMAIL_BOUNCED", "PODCAST_LISTENED"};
    private static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");

    private RandomLeads() {
    }

    record Generated(StoredProfile profile, StoredConsent consent, List<StoredLeadFixture.Activity> activities,
                     Instant asOf) {
    }

    /** A lead as of a random instant from 2025 to {@code latest}. */
    static Generated generate(long seed, Instant latest) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant asOf = EARLIEST.plusSeconds(random.nextLong(Duration.between(EARLIEST, latest).toSeconds()));
        String email = pick(random, EMAILS);
        StoredProfile profile = StoredProfile.of(random.nextInt(4) == 0 ? null : "rnd-" + seed,
                pick(random, FIRST_NAMES), pick(random, LAST_NAMES), unique(email, seed), pick(random, PHONES),
                pick(random, COMPANIES), pick(random, JOB_TITLES), pick(random, INDUSTRIES),
                pick(random, COMPANY_SIZES), revenue(random), "ES", pick(random, SOURCES), pick(random, LEAD_MAGNETS),
                pick(random, PRODUCT_INTERESTS));
        return new Generated(profile, consent(random), activities(random, asOf), asOf);
    }

    private static StoredConsent consent(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> StoredConsent.NONE;
            case 1 -> new StoredConsent(true, true, "2026-01", null);
            case 2 -> new StoredConsent(false, false, null, null);
            default -> StoredLeadFixture.CONSENTED;
        };
    }

    private static List<StoredLeadFixture.Activity> activities(SplittableRandom random, Instant asOf) {
        List<StoredLeadFixture.Activity> activities = new ArrayList<>();
        int count = random.nextInt(41);
        for (int i = 0; i < count; i++) {
            long secondsBefore = random.nextLong(-2 * 86_400L, 400 * 86_400L);
            activities.add(new StoredLeadFixture.Activity("a" + i, pick(random, TYPES),
                    asOf.minusSeconds(secondsBefore), random.nextInt(3) == 0 ? "note " + i : null, asOf));
        }
        return activities;
    }

    private static String unique(String email, long seed) {
        if (email == null || email.isBlank()) {
            return email;
        }
        return email.contains("@") ? email.replace("@", "." + seed + "@") : email + seed;
    }

    private static BigDecimal revenue(SplittableRandom random) {
        String value = pick(random, REVENUES);
        return value == null ? null : new BigDecimal(value);
    }

    private static <T> T pick(SplittableRandom random, T[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
