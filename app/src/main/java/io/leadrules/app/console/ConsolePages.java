package io.leadrules.app.console;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The way in: the login page, the home page with the sections the signed-in person may use, and a refusal. */
@Controller
class ConsolePages {

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String home() {
        return "console/home";
    }

    /** Where Spring Security forwards a signed-in person who opened a page, or posted a form, their roles do not allow. */
    @RequestMapping("/console/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "console/denied";
    }
}
