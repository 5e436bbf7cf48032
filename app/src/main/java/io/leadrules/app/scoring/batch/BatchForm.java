package io.leadrules.app.scoring.batch;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.List;

/**
 * The parts of a multipart batch, checked against the allow-list before anything is read: one {@code leads} part
 * (required) and at most one {@code activities} part, nothing else. The server has spooled them to disk, so each is
 * read as a stream and neither is held in memory.
 */
record BatchForm(Part leads, Part activities) {

    private static final String LEADS = "leads";
    private static final String ACTIVITIES = "activities";

    static BatchForm of(Collection<Part> parts) {
        Part leads = null;
        Part activities = null;
        for (Part part : parts) {
            String name = part.getName();
            if (LEADS.equals(name) && leads == null) {
                leads = part;
            } else if (ACTIVITIES.equals(name) && activities == null) {
                activities = part;
            } else {
                throw refused(name == null ? "part" : name, "a batch form has one part leads and at most one part "
                        + "activities, nothing else");
            }
        }
        if (leads == null) {
            throw refused(LEADS, "the leads file is missing: send it as the part leads (CSV), with the activities "
                    + "file as the part activities");
        }
        return new BatchForm(leads, activities);
    }

    private static ProblemException refused(String field, String message) {
        return new ProblemException(BatchProblem.INVALID_BATCH_FORM, "The batch form cannot be scored: " + message
                + ".").with("errors", List.of(new FieldProblem(field.length() > 80 ? field.substring(0, 80) : field,
                message)));
    }
}
