package io.leadrules.app.console.audit;

import io.leadrules.app.audit.AuditEvents;
import io.leadrules.app.audit.AuditVerification;
import io.leadrules.app.system.Cursor;
import io.leadrules.app.trail.AuditAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log with the API's filters and cursor paging, and the verification of the chain. Verifying is a POST:
 * it first seals the waiting entries (the trail's own write), as {@code GET /api/v1/audit/verification} does.
 */
@Controller
class AuditLogPages {

    private final AuditEvents events;
    private final AuditVerification verification;

    AuditLogPages(AuditEvents events, AuditVerification verification) {
        this.events = events;
        this.verification = verification;
    }

    @GetMapping("/console/audit")
    String log(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
               @RequestParam(required = false) String subject, @RequestParam(required = false) String from,
               @RequestParam(required = false) String to, @RequestParam(required = false) String cursor,
               @RequestParam(required = false) String size, Model model) {
        LogFilter filter = LogFilter.of(action, actor, subject, from, to, size);
        AuditEvents.Filter query = filter.toQuery();
        Long after = cursor == null || cursor.isBlank() ? null
                : Cursor.read(AuditEvents.LIST, 1, cursor.strip()).whole(0);
        AuditEvents.Paged paged = events.page(query, 0, after, filter.pageSize());
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("rows", paged.page().items().stream().map(LogRow::of).toList());
        model.addAttribute("total", paged.page().total());
        model.addAttribute("next", paged.next() == null ? null : filter.link(paged.next()));
        model.addAttribute("first", after == null ? null : filter.link(null));
        return "console/audit/log";
    }

    @GetMapping("/console/audit/verification")
    String verificationPage() {
        return "console/audit/verification";
    }

    @PostMapping("/console/audit/verification")
    String verify(Model model) {
        model.addAttribute("result", VerificationView.of(verification.verify()));
        return "console/audit/verification";
    }
}
