package io.leadrules.rules.backtest;

/**
 * The dataset gives the metric no meaning: an AUC needs leads of both outcomes, a lift needs at least one
 * converter. Distinct from a plain {@link IllegalArgumentException} (a caller's bug) so the report can catch this
 * one alone and say why the member is absent, in the words of {@link Reason#sentence()}.
 */
public final class UndefinedMetricException extends IllegalArgumentException {

    /** Why a metric is undefined on a dataset. */
    public enum Reason {
        NO_LEADS("no leads in the dataset"),
        NO_CONVERTED_LEADS("no converted leads in the dataset"),
        NO_UNCONVERTED_LEADS("no leads in the dataset that did not convert"),
        ONE_CONVERTED_LEAD("only one converted lead in the dataset: the DeLong interval needs at least two"),
        ONE_UNCONVERTED_LEAD("only one lead that did not convert in the dataset: the DeLong interval needs at least two");

        private final String sentence;

        Reason(String sentence) {
            this.sentence = sentence;
        }

        /** A sentence a report can show as it is. */
        public String sentence() {
            return sentence;
        }
    }

    private final Reason reason;

    /** Public so the suggested points ({@code backtest.suggest}) can refuse the same datasets in the same words. */
    public UndefinedMetricException(Reason reason) {
        super(reason.sentence());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
