package io.leadrules.rules.backtest.calibration;

/**
 * The dataset cannot be calibrated: too few leads, or leads of one outcome only (a curve fitted on them would say
 * 0 or 1 for every score). Distinct from a plain {@link IllegalArgumentException} (a caller's bug, such as a score
 * outside 0..100) so the service can answer this one as the client's problem, in the words of
 * {@link Reason#sentence()}.
 */
public final class CalibrationDataException extends IllegalArgumentException {

    /** Why a dataset cannot be calibrated. */
    public enum Reason {
        TOO_FEW_LEADS("fewer than " + Calibrator.MIN_LEADS + " leads with a score in the dataset"),
        NO_CONVERTED_LEADS("no converted leads in the dataset"),
        NO_UNCONVERTED_LEADS("no leads in the dataset that did not convert");

        private final String sentence;

        Reason(String sentence) {
            this.sentence = sentence;
        }

        /** A sentence a report or a problem can show as it is. */
        public String sentence() {
            return sentence;
        }
    }

    private final Reason reason;

    CalibrationDataException(Reason reason) {
        super(reason.sentence());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
