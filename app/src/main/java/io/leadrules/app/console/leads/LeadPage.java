package io.leadrules.app.console.leads;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /console/leads/{id}}: one lead for a salesperson: who it is, what it did, its score over time, and why it
 * has the score it has now, each reason linked to the spreadsheet row or DRL line it was written in. An unknown,
 * malformed or erased id is the 404 problem page.
 */
@Controller
class LeadPage {

    private final LeadDossier dossier;

    LeadPage(LeadDossier dossier) {
        this.dossier = dossier;
    }

    @GetMapping(QueueFilters.PATH + "/{id}")
    String lead(@PathVariable String id, Locale locale, Model model) {
        model.addAttribute("view", dossier.of(id, locale));
        return "console/leads/lead";
    }
}
