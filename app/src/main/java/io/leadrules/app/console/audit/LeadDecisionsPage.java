package io.leadrules.app.console.audit;

import io.leadrules.app.audit.DecisionHistory;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An auditor's search: a lead (by id or externalId, erased or not: its decisions are the audit trail) and its
 * decisions, newest first, each linking to its page; and, for a day, the decision that applied at its end (UTC).
 * A page number or a day that is not one is ignored, not passed on.
 */
@Controller
class LeadDecisionsPage {

    static final int PAGE_SIZE = 20;

    private final LeadStore leads;
    private final DecisionHistory history;
    private final DecisionStore decisions;

    LeadDecisionsPage(LeadStore leads, DecisionHistory history, DecisionStore decisions) {
        this.leads = leads;
        this.history = history;
        this.decisions = decisions;
    }

    @GetMapping("/console/audit/decisions")
    String search(@RequestParam(required = false) String lead, @RequestParam(required = false) String page,
                  @RequestParam(required = false) String day, Model model) {
        String wanted = lead == null ? "" : lead.strip();
        model.addAttribute("lead", wanted);
        model.addAttribute("day", day(day).map(LocalDate::toString).orElse(""));
        if (!wanted.isEmpty()) {
            find(wanted).ifPresentOrElse(found -> list(found, page(page), day(day), model),
                    () -> model.addAttribute("notFound", true));
        }
        return "console/audit/decisions";
    }

    private void list(StoredLead lead, int page, Optional<LocalDate> day, Model model) {
        DecisionHistory.Paged paged = history.ofLead(lead.id(), page, null, PAGE_SIZE);
        model.addAttribute("found", lead);
        model.addAttribute("rows", paged.page().items().stream().map(DecisionRow::of).toList());
        model.addAttribute("page", page);
        model.addAttribute("more", paged.next() != null);
        model.addAttribute("total", paged.page().total());
        day.ifPresent(date -> decisions.lastDecidedBy(lead.id(),
                        date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1))
                .ifPresentOrElse(applied -> model.addAttribute("applied", DecisionRow.of(applied)),
                        () -> model.addAttribute("noneApplied", true)));
    }

    private Optional<StoredLead> find(String wanted) {
        Optional<StoredLead> byExternalId = leads.findByExternalId(wanted);
        return byExternalId.isPresent() ? byExternalId : uuid(wanted).flatMap(leads::findById);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static int page(String raw) {
        try {
            return raw == null ? 0 : Math.max(0, Math.min(Integer.parseInt(raw.strip()), 100_000));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static Optional<LocalDate> day(String raw) {
        try {
            return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(raw.strip()));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
