package io.leadrules.app.lead;

import java.util.Locale;

/**
 * A lead's names and company lower-cased (columns {@code name_key}, {@code last_name_key}, {@code company_key}, each
 * indexed), so that the console's search finds the start of a name or company, ignoring case, by an index range
 * instead of reading every lead: {@code name_key} is "first last", so "ana" and "ana garc" both find Ana Garcia, and
 * {@code last_name_key} finds her by "garc". Derived from the profile whenever it changes, like {@code email_key};
 * null when the member is, and after erasure.
 */
public record SearchKeys(String nameKey, String lastNameKey, String companyKey) {

    static SearchKeys of(StoredProfile profile) {
        String name = ((profile.firstName() == null ? "" : profile.firstName()) + " "
                + (profile.lastName() == null ? "" : profile.lastName()));
        return new SearchKeys(key(name), key(profile.lastName()), key(profile.company()));
    }

    static String key(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        return key.length() > 255 ? key.substring(0, 255) : key;
    }
}
