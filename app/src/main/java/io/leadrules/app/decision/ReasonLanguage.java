package io.leadrules.app.decision;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.model.ReasonLanguages;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.node.ObjectNode;

/**
 * The language an answer shows a rule's reasons in: the request's ({@code Accept-Language}, or whatever the
 * application's {@code LocaleResolver} reads) when the decision's rule version has it, else the default language
 * (English, the Reason column). Every answer that explains a decision goes through here, and says which language it
 * shows in {@code Content-Language}. What is stored never changes: a decision keeps the reasons in every language its
 * version has, and only the served copy is translated (see docs/decisions/0033-reasons-by-language.md).
 */
@Component
public class ReasonLanguage {

    /** The request's language as an ISO 639-1 code ({@code es}); the default one outside a request. */
    public String requested() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null || locale.getLanguage().isEmpty() ? ReasonLanguages.DEFAULT
                : locale.getLanguage().toLowerCase(Locale.ROOT);
    }

    /** The answer with its reasons in the request's language, when its version has it. */
    public ScoreResponse shown(ScoreResponse answer) {
        return shown(answer, requested());
    }

    /** The answer with its reasons in the language ({@code es}), when its version has it. */
    public ScoreResponse shown(ScoreResponse answer, String language) {
        ScoreResponse translated = TranslatedReasons.in(answer, language);
        announce(translated != answer ? language : ReasonLanguages.DEFAULT);
        return translated;
    }

    /**
     * The language answers scored with the rule set show: the request's when the set has it, else the default; said
     * in {@code Content-Language}. For answers worded off the request thread (bulk scoring), with {@link #translated}.
     */
    public String served(CompiledRuleSet rules) {
        String requested = requested();
        String language = rules.catalog().languages().contains(requested) ? requested : ReasonLanguages.DEFAULT;
        announce(language);
        return language;
    }

    /** The answer with its reasons in the language where it has them; nothing said in a header. */
    public ScoreResponse translated(ScoreResponse answer, String language) {
        return TranslatedReasons.in(answer, language);
    }

    /** Translates a stored decision's served copy (its document) in place into the language, when it has it. */
    public ObjectNode shown(ObjectNode document, String language) {
        boolean translated = !ReasonLanguages.DEFAULT.equals(language) && TranslatedReasons.in(document, language);
        announce(translated ? language : ReasonLanguages.DEFAULT);
        return document;
    }

    /**
     * Says the answer's language in {@code Content-Language}. An answer of several decisions shows the language asked
     * for as soon as one of them has it; a later one without it does not take that back.
     */
    private static void announce(String language) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            String said = request.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE);
            if (said == null || !ReasonLanguages.DEFAULT.equals(language)) {
                request.getResponse().setHeader(HttpHeaders.CONTENT_LANGUAGE, language);
            }
        }
    }
}
