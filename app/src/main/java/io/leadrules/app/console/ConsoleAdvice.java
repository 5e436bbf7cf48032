package io.leadrules.app.console;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import io.leadrules.app.system.SystemProblem;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every console page gets: the signed-in {@link Viewer}, and, when a page's work is refused (a version that does
 * not exist, a workbook with errors, a malformed address), the problem as a page in the reader's language with the
 * problem's status, never the API's JSON and never a stack trace. The API's problem documents stay the API's: this
 * advice covers the console's controllers only, ahead of the API's advice.
 */
@ControllerAdvice(basePackages = "io.leadrules.app.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    private final MessageSource messages;

    ConsoleAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.of(SecurityContextHolder.getContext().getAuthentication());
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException problem, Locale locale) {
        return page(problem.type(), problem.detail(locale), locale);
    }

    /**
     * A page address or form with a wrong or missing value: {@code /console/leads/abc}, {@code ?size=lots}, an upload
     * form without its file part.
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        ServletRequestBindingException.class, HandlerMethodValidationException.class,
        MissingServletRequestPartException.class})
    ModelAndView badAddress(Exception refused, Locale locale) {
        return page(SystemProblem.INVALID_QUERY, messages.getMessage("problem.address", null, locale), locale);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView tooLarge(MultipartException refused, Locale locale) {
        return page(SystemProblem.PAYLOAD_TOO_LARGE, messages.getMessage("problem.upload", null, locale), locale);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception failure, Locale locale) {
        log.error("Unexpected failure rendering a console page", failure);
        return page(SystemProblem.INTERNAL_ERROR, messages.getMessage("problem.internal", null, locale), locale);
    }

    /**
     * The problem page. Its title is {@code problemTitle}, not {@code title}: the layout's fragment parameter
     * {@code title} would hide a model attribute of that name, and the page would show the template's own source.
     */
    private ModelAndView page(ProblemType type, String detail, Locale locale) {
        ModelAndView page = new ModelAndView("console/problem", type.status());
        page.addObject("viewer", viewer());
        page.addObject("status", type.status().value());
        page.addObject("problemTitle", type.title(locale));
        page.addObject("detail", detail);
        page.addObject("type", type.uri().toString());
        return page;
    }
}
