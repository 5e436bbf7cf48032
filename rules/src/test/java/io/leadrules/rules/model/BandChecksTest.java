package io.leadrules.rules.model;

import static io.leadrules.rules.model.ShippedWorkbook.edited;
import static io.leadrules.rules.model.ShippedWorkbook.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompilationException;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The band tables of the shipped workbooks, edited with POI: Grades (ProfileFit, sheet Grades: C at least, D at most,
 * E grade; A in row 14 to D in row 17), Temperature (Qualification: HOT row 14, WARM 15, COLD 16) and Decay
 * (EngagementPoints: FRESH 0-30 in row 14 to STALE 181 and over in row 17). Each must cover its range once, with the
 * better grade or temperature higher.
 */
class BandChecksTest {

    @Test
    void gradeBandsThatOverlapAreRefusedAtTheUpperBand() {
        assertRefused(grades(set("Grades", "C15", 50)), tuple("Grades", "C15", "this band overlaps row 16 "
                + "(FIT-GRADE-C), 40 to 59: a fit score of 50 would match both; start this band at 60 or end the other "
                + "at 49"));
    }

    @Test
    void aGapBetweenTemperatureBandsIsRefusedNamingTheScoresLeftOut() {
        assertRefused(temperature(set("Temperature", "C14", 75)), tuple("Temperature", "C14", "no band covers a score "
                + "from 70 to 74, between row 15 (TEMP-WARM), 40 to 69 and this band: start this band at 70"));
    }

    @Test
    void bandsThatStopShortOfEitherEndOfTheRangeAreRefused() {
        assertRefused(grades(set("Grades", "D14", 95)), tuple("Grades", "D14", "no band covers a fit score from 96 to "
                + "100: end this band at 100"));
        assertRefused(temperature(set("Temperature", "C16", 5)), tuple("Temperature", "C16", "no band covers a score "
                + "from 0 to 4: start this band at 0"));
    }

    @Test
    void theLastDecayBandMustHaveNoEndAndTheBandsNoGap() {
        assertRefused(decay(set("Decay", "D17", 365)), tuple("Decay", "D17", "nothing covers an age in days above "
                + "365: leave this cell empty so the last band has no end"));
        assertRefused(decay(set("Decay", "C15", 35)), tuple("Decay", "C15", "no band covers an age in days from 31 "
                + "to 34, between row 14 (ENG-DECAY-FRESH), 0 to 30 and this band: start this band at 31"));
    }

    @Test
    void aBetterGradeBelowAWorseOneIsRefusedAtTheBetterGradesBand() {
        assertRefused(grades(set("Grades", "E14", "B").andThen(set("Grades", "E15", "A"))), tuple("Grades", "C15",
                "A is given below B (row 15 (FIT-GRADE-B), 60 to 79 against row 14 (FIT-GRADE-A), 80 to 100): A is "
                        + "the best grade, then B, C and so on, so its band must be the higher one"));
    }

    @Test
    void coldAboveWarmAndHotIsRefusedAtEachBandThatIsTooLow() {
        assertRefused(temperature(set("Temperature", "E14", "COLD").andThen(set("Temperature", "E16", "HOT"))),
                tuple("Temperature", "C15", "WARM is given below COLD (row 15 (TEMP-WARM), 40 to 69 against row 14 "
                        + "(TEMP-HOT), 70 to 100): HOT is above WARM, and WARM above COLD, so its band must be the "
                        + "higher one"),
                tuple("Temperature", "C16", "HOT is given below WARM (row 16 (TEMP-COLD), 0 to 39 against row 15 "
                        + "(TEMP-WARM), 40 to 69): HOT is above WARM, and WARM above COLD, so its band must be the "
                        + "higher one"));
    }

    @Test
    void aBandWhoseLeastIsAboveItsMostIsRefusedAlone() {
        assertRefused(grades(set("Grades", "C17", 45)), tuple("Grades", "C17", "this band is empty: its 'at least' is "
                + "above its 'at most'; swap the two values"));
    }

    private static List<RuleFile> grades(Consumer<XSSFWorkbook> edit) {
        return edited("ProfileFit.drl.xlsx", edit);
    }

    private static List<RuleFile> temperature(Consumer<XSSFWorkbook> edit) {
        return edited("Qualification.drl.xlsx", edit);
    }

    private static List<RuleFile> decay(Consumer<XSSFWorkbook> edit) {
        return edited("EngagementPoints.drl.xlsx", edit);
    }

    private static void assertRefused(List<RuleFile> files, Tuple... problems) {
        assertThatThrownBy(() -> new RuleSetCompiler().compile("bands", files))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .extracting(CompileProblem::sheet, CompileProblem::cell, CompileProblem::message)
                        .containsExactlyInAnyOrder(problems));
    }
}
