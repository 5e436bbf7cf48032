package io.leadrules.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A feature's say on how large a request body under {@code /api/} may be (the JSON limit of scoring, the upload limit
 * of rule sets). {@link RequestBodyLimit} asks the rules in their {@link org.springframework.core.annotation.Order
 * order} and applies the first limit given, so a narrow rule (one path, one method) orders itself before a broad one.
 */
public interface RequestBodyRule {

    /** The limit for this request, or empty when this rule does not speak to it. */
    Optional<BodyLimit> limitFor(HttpServletRequest request);
}
