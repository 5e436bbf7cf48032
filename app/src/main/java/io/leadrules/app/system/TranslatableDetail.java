package io.leadrules.app.system;

import java.util.Locale;

/**
 * A failure whose problem detail the service can say in the request's language. {@link ProblemAdvice} asks for it
 * when it answers a problem of this {@link #type()}, whether the failure is the one answered or its cause.
 */
public interface TranslatableDetail {

    ProblemType type();

    String detail(Locale locale);
}
