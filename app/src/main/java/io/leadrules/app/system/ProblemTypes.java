package io.leadrules.app.system;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Every problem type the service can answer with, gathered from the features' {@link ProblemCatalog}s. A slug is a
 * URI clients switch on, so two types with one slug are refused when the service starts, not found by a client.
 */
@Component
public class ProblemTypes {

    private final Map<String, ProblemType> bySlug = new TreeMap<>();

    public ProblemTypes(Collection<? extends ProblemCatalog> catalogs) {
        catalogs.stream().flatMap(catalog -> catalog.problemTypes().stream()).forEach(this::register);
    }

    private void register(ProblemType type) {
        ProblemType taken = bySlug.putIfAbsent(type.slug(), type);
        if (taken != null) {
            throw new IllegalStateException("Two problem types have the slug '" + type.slug() + "': "
                    + describe(taken) + " and " + describe(type));
        }
    }

    private static String describe(ProblemType type) {
        return type.getClass().getSimpleName() + "." + type;
    }

    public Optional<ProblemType> named(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** Every type, ordered by slug. */
    public List<ProblemType> all() {
        return bySlug.values().stream().sorted(Comparator.comparing(ProblemType::slug)).toList();
    }
}
