package io.leadrules.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in with a real browser, as each kind of person: each sees only its sections. */
@BrowserTest
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eachRoleSignsInAndSeesOnlyItsSections() {
        assertSections("SALES", "Leads");
        assertSections("RULE_EDITOR", "Model", "Leads");
        assertSections("AUDITOR", "Model", "Audit");
    }

    @Test
    void aWrongPasswordIsSaidOnTheLoginPageInTheBrowsersLanguage() {
        try (Browser browser = Browser.open(port, "es")) {
            browser.go("/login");
            browser.find("#username").sendKeys("nobody-" + UUID.randomUUID());
            browser.find("#password").sendKeys("wrong");
            browser.find("main form button[type=submit]").click();
            assertThat(browser.find("[role=alert]").getText()).contains("no corresponden");
            browser.screenshot("login-es");
        }
    }

    private void assertSections(String role, String... sections) {
        String name = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        ConsoleSession.createUser(port, name, password, role);
        try (Browser browser = Browser.open(port, "en")) {
            browser.signIn(name, password);
            assertThat(browser.all("header nav a")).extracting(link -> link.getText().strip())
                    .containsExactly(sections);
            browser.screenshot("home-" + role.toLowerCase());
        }
    }
}
