package io.leadrules.app.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.leadrules.rules.backtest.calibration.CalibrationCurve;
import io.leadrules.rules.backtest.calibration.CalibrationMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The calibrations in use are read from memory: the database is asked once, and again only after an approval. */
class CalibrationsInUseTest {

    private final CalibrationStore store = mock(CalibrationStore.class);
    private final CalibrationsInUse inUse = new CalibrationsInUse(store);

    @Test
    void decisionsAskTheDatabaseOnceNotOncePerDecision() {
        StoredCalibration approved = approved("1", 0.25);
        when(store.approved()).thenReturn(List.of(approved));

        for (int i = 0; i < 1_000; i++) {
            assertThat(inUse.inUse("1")).map(c -> c.id()).contains(approved.id());
            assertThat(inUse.inUse("2")).isEmpty();
        }

        verify(store, times(1)).approved();
    }

    @Test
    void anApprovalIsSeenOnceTheCalibrationsAreReadAgain() {
        StoredCalibration first = approved("1", 0.25);
        StoredCalibration second = approved("1", 0.5);
        when(store.approved()).thenReturn(List.of(first), List.of(second));
        assertThat(inUse.inUse("1")).map(c -> c.id()).contains(first.id());

        inUse.reload();

        assertThat(inUse.inUse("1")).map(c -> c.probability(50)).contains(0.5);
    }

    @Test
    void aProbabilityIsRoundedToFourDecimals() {
        CalibrationCurve curve = new CalibrationCurve(CalibrationMethod.ISOTONIC, null,
                List.of(new CalibrationCurve.Step(0, 1 / 3.0, 30)), 30, 10);

        assertThat(new io.leadrules.app.decision.ConversionProbabilities.Calibrated(UUID.randomUUID(), curve)
                .probability(70)).isEqualTo(0.3333);
    }

    private static StoredCalibration approved(String version, double rate) {
        CalibrationCurve curve = new CalibrationCurve(CalibrationMethod.ISOTONIC, null,
                List.of(new CalibrationCurve.Step(0, rate, 40)), 40, (int) (40 * rate));
        return new StoredCalibration(UUID.randomUUID(), version, CalibrationMethod.ISOTONIC, curve, 40,
                (int) (40 * rate), null, Instant.EPOCH, "system", StoredCalibration.State.APPROVED, "bob",
                Instant.EPOCH, false);
    }
}
