package io.leadrules.app.console;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every console page gets: the signed-in {@link Viewer}, and, when a page's work is refused with a problem (a
 * version that does not exist, a workbook with errors), the problem as a page in the reader's language, with the
 * problem's status. The API's problem documents stay the API's: this advice covers the console's controllers only.
 */
@ControllerAdvice(basePackages = "io.leadrules.app.console")
class ConsoleAdvice {

    private final MessageSource messages;

    ConsoleAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return Viewer.of(authentication);
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException problem, Locale locale) {
        ProblemType type = problem.type();
        ModelAndView page = new ModelAndView("console/problem", type.status());
        page.addObject("viewer", viewer());
        page.addObject("status", type.status().value());
        page.addObject("title", messages.getMessage(type.slug() + ".title", null, type.title(), locale));
        page.addObject("detail", problem.getMessage());
        page.addObject("type", type.uri().toString());
        return page;
    }
}
