package io.leadrules.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/** How {@link ProblemAdvice} says a problem in the request's language ({@link Languages}). */
final class ProblemTranslation {

    private ProblemTranslation() {
    }

    /**
     * The title of the problem's type, and the detail of a failure that can say it (the one answered, or its cause,
     * such as a body too large met while JSON was read), in the request's language.
     */
    static void translate(ProblemDetail problem, Exception ex, Locale locale) {
        String type = String.valueOf(problem.getType());
        if (type.startsWith(ProblemType.BASE)) {
            String slug = type.substring(ProblemType.BASE.length());
            ProblemTexts.find(slug + ".title", locale).ifPresent(problem::setTitle);
        }
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TranslatableDetail translatable && translatable.type().uri().toString().equals(type)) {
                problem.setDetail(translatable.detail(locale));
                return;
            }
        }
    }

    static Locale locale(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servlet == null ? Languages.ENGLISH : Languages.of(servlet);
    }

    static String say(WebRequest request, String key, Object... arguments) {
        return ProblemMessage.of(key, arguments).in(locale(request));
    }
}
