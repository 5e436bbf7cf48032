package io.leadrules.app.lead;

import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditTrail;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The audit entries of the lead's own records. Canonical form of a lead: its id and every profile and consent member
 * that identifies nobody (job title, industry, size, revenue, country, source, magnet, interest, consent) as they
 * are; the identifying members (externalId, names, email, phone, company) and the attributes only inside the salted
 * personal digest. Of accepted activities: lead id, and per activity its id, type, instant, value and receipt as
 * they are, its detail and properties only salted.
 */
@Component
class LeadAudit {

    private static final String LEAD = "lead";

    private final AuditTrail trail;

    LeadAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void registered(StoredLead lead, boolean merged) {
        if (!merged) {
            trail.newPerson(lead.id());
        }
        record(merged ? AuditAction.LEAD_MERGED : AuditAction.LEAD_CREATED, lead);
    }

    void changed(StoredLead lead) {
        record(AuditAction.LEAD_CHANGED, lead);
    }

    void accepted(StoredLead lead, List<StoredActivity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        List<Map<String, Object>> plain = activities.stream().map(LeadAudit::plain).toList();
        List<List<String>> personal = activities.stream()
                .map(activity -> Arrays.asList(activity.detail(), activity.properties())).toList();
        trail.record(AuditAction.ACTIVITIES_ACCEPTED, LEAD, lead.id().toString(),
                trail.aboutPerson(lead.id(), Map.of("leadId", lead.id(), "activities", plain), personal));
    }

    private void record(AuditAction action, StoredLead lead) {
        trail.record(action, LEAD, lead.id().toString(), trail.aboutPerson(lead.id(), plain(lead), personal(lead)));
    }

    private static Map<String, Object> plain(StoredLead lead) {
        StoredProfile p = lead.profile();
        StoredConsent c = lead.consent();
        Map<String, Object> form = new HashMap<>();
        form.put("id", lead.id());
        form.put("jobTitle", p.jobTitle());
        form.put("industry", p.industry());
        form.put("companySize", p.companySize());
        form.put("annualRevenue", p.annualRevenue());
        form.put("country", p.country());
        form.put("source", p.source());
        form.put("leadMagnet", p.leadMagnet());
        form.put("productInterest", p.productInterest());
        form.put("consent", Arrays.asList(c.dataProcessing(), c.profilingObjection(), c.policyVersion(),
                c.grantedAt()));
        return form;
    }

    private static List<String> personal(StoredLead lead) {
        StoredProfile p = lead.profile();
        return Arrays.asList(p.externalId(), p.firstName(), p.lastName(), p.email(), p.phone(), p.company(),
                p.attributes());
    }

    private static Map<String, Object> plain(StoredActivity activity) {
        Map<String, Object> form = new HashMap<>();
        form.put("id", activity.activityId());
        form.put("type", activity.type());
        form.put("occurredAt", activity.occurredAt());
        form.put("value", activity.activityValue());
        form.put("receivedAt", activity.receivedAt());
        return form;
    }
}
