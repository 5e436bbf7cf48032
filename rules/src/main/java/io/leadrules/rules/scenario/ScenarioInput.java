package io.leadrules.rules.scenario;

import static io.leadrules.rules.scenario.ScenarioColumn.*;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The lead, activities and evaluation instant a scenario row describes. A blank lead cell is a member the lead does
 * not have (null): its absence is for the rules to judge; a blank attribute cell is an attribute not given.
 */
public final class ScenarioInput {

    private ScenarioInput() {
    }

    /** The row's input; its attribute cells read with the declarations of the version under test. */
    static EvaluationInput of(ScenarioRow row, List<AttributeDeclaration> declared) {
        Instant asOf = row.has(AS_OF) ? CellText.instant(AS_OF, row.text(AS_OF)) : ScenarioRunner.DEFAULT_AS_OF;
        return new EvaluationInput(lead(row, declared), ActivityNotation.parse(row.text(ACTIVITIES), asOf,
                row.number()), asOf);
    }

    /**
     * The lead of the row's member and attribute cells (its activities and instant aside); a {@link RowProblem}
     * naming the first cell that cannot be read.
     */
    public static Lead lead(ScenarioRow row, List<AttributeDeclaration> declared) {
        return new Lead(text(row, EXTERNAL_ID), text(row, FIRST_NAME), text(row, LAST_NAME), text(row, EMAIL),
                text(row, PHONE), text(row, COMPANY), text(row, JOB_TITLE), text(row, INDUSTRY),
                CellText.wholeNumber(COMPANY_SIZE, row.text(COMPANY_SIZE)),
                CellText.decimal(ANNUAL_REVENUE, row.text(ANNUAL_REVENUE)),
                text(row, COUNTRY), text(row, SOURCE), text(row, LEAD_MAGNET), text(row, PRODUCT_INTEREST),
                consent(row)).withAttributes(AttributeCells.values(row.attributes(), declared));
    }

    private static String text(ScenarioRow row, ScenarioColumn column) {
        return row.has(column) ? row.text(column) : null;
    }

    /** consent: blank or yes = accepted, no = refused, none = no consent record at all. */
    private static Consent consent(ScenarioRow row) {
        boolean objection = CellText.yesNo(PROFILING_OBJECTION, row.text(PROFILING_OBJECTION), false);
        String consent = row.text(CONSENT).toLowerCase(Locale.ROOT);
        if (CellText.isNone(consent)) {
            if (objection) {
                throw new RowProblem(PROFILING_OBJECTION, "an objection needs a consent record, but consent is "
                        + "'none' (no record at all): write consent no or yes");
            }
            return null;
        }
        if (!consent.isEmpty() && !consent.matches("yes|no|y|n|true|false")) {
            throw new RowProblem(CONSENT, "'" + row.text(CONSENT) + "' is not yes, no or none");
        }
        return new Consent(CellText.yesNo(CONSENT, consent, true), objection, null, null);
    }
}
