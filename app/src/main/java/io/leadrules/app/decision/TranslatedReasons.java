package io.leadrules.app.decision;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts a language's translation of each reason in {@code reason}, where the answer holds one ({@code reasons}); a
 * reason without that translation stays in the default language. {@code reasons} itself is left as it is, so the
 * answer still carries every language its version has.
 */
final class TranslatedReasons {

    private TranslatedReasons() {
    }

    /** The answer with its reasons in the language; the same answer when none is translated into it. */
    static ScoreResponse in(ScoreResponse answer, String language) {
        if (!has(answer, language)) {
            return answer;
        }
        return ScoreResponse.withExplanation(answer,
                answer.fit() == null ? null : new ScoreResponse.Fit(answer.fit().score(), answer.fit().grade(),
                        each(answer.fit().breakdown(), p -> points(p, language))),
                answer.engagement() == null ? null : new ScoreResponse.Engagement(answer.engagement().score(),
                        each(answer.engagement().breakdown(), p -> points(p, language))),
                each(answer.nextActions(), a -> new ScoreResponse.Action(a.code(), a.content(),
                        pick(a.reason(), a.reasons(), language), a.ruleId(), a.reasons())),
                each(answer.firedRules(), r -> new ScoreResponse.RuleFiring(r.ruleId(), r.name(), r.dimension(),
                        r.points(), pick(r.reason(), r.reasons(), language), r.source(), r.firings(), r.reasons())));
    }

    /** Whether any reason of the answer has a translation into the language. */
    static boolean has(ScoreResponse answer, String language) {
        return answer.firedRules() != null && answer.firedRules().stream()
                .anyMatch(r -> r.reasons() != null && r.reasons().containsKey(language));
    }

    /**
     * Translates a stored decision's tree in place: every object holding a {@code reasons} member with the language
     * gets it as its {@code reason}. A decision stored without translations is left exactly as it was.
     *
     * @return whether any reason was translated
     */
    static boolean in(JsonNode node, String language) {
        boolean translated = false;
        if (node instanceof ObjectNode object) {
            JsonNode text = object.path("reasons").path(language);
            if (text.isString() && object.path("reason").isString()) {
                object.put("reason", text.asString());
                translated = true;
            }
            for (JsonNode member : object.values()) {
                translated |= in(member, language);
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                translated |= in(element, language);
            }
        }
        return translated;
    }

    private static ScoreResponse.Points points(ScoreResponse.Points p, String language) {
        return new ScoreResponse.Points(p.category(), p.points(), p.ruleId(), pick(p.reason(), p.reasons(), language),
                p.detail(), p.source(), p.reasons());
    }

    private static String pick(String reason, Map<String, String> reasons, String language) {
        return reasons == null ? reason : reasons.getOrDefault(language, reason);
    }

    private static <T> List<T> each(List<T> items, UnaryOperator<T> change) {
        return items == null ? null : items.stream().map(change).toList();
    }
}
