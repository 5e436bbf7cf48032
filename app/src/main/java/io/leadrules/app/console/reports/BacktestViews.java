package io.leadrules.app.console.reports;

import io.leadrules.app.backtest.Backtest;
import io.leadrules.app.backtest.BacktestReport;
import io.leadrules.app.console.reports.ChartConfig.Point;
import io.leadrules.rules.backtest.DecileRow;
import io.leadrules.rules.backtest.ScoreBand;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Builds a finished backtest's page: its sides, and its lift, gains and calibration charts from the
 * report's numbers.
 */
@Component
class BacktestViews {

    private static final List<Point> DIAGONAL = List.of(new Point(0, 0), new Point(1, 1));

    private final ChartJson charts;

    BacktestViews(ChartJson charts) {
        this.charts = charts;
    }

    BacktestView of(Backtest backtest, Reading reading) {
        BacktestReport report = backtest.report();
        List<BacktestView.Side> sides = new ArrayList<>();
        sides.add(side("candidate", report.version(), reading));
        if (report.live() != null) {
            sides.add(side("current", report.live(), reading));
        }
        return new BacktestView(report, sides, gains(sides, reading), lift(sides, reading),
                calibration(sides, reading));
    }

    private String gains(List<BacktestView.Side> sides, Reading reading) {
        if (sides.stream().allMatch(side -> side.side().gains() == null)) {
            return null;
        }
        ChartConfig chart = ChartConfig.scatter();
        for (BacktestView.Side side : sides) {
            if (side.side().gains() != null) {
                List<Point> points = new ArrayList<>(List.of(new Point(0, 0)));
                side.side().gains().deciles().forEach(row -> points.add(new Point(row.cumulativeShare(), row.gain())));
                chart.points(side.name(), points, true);
            }
        }
        return charts.of(chart.reference(reading.text("reports.backtest.chart.random"), DIAGONAL)
                .axes(reading.text("reports.backtest.chart.contacted"), reading.text("reports.backtest.chart.found"),
                        0, 1));
    }

    private String lift(List<BacktestView.Side> sides, Reading reading) {
        if (sides.stream().allMatch(side -> side.side().gains() == null)) {
            return null;
        }
        ChartConfig chart = ChartConfig.bar(IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).toList());
        for (BacktestView.Side side : sides) {
            List<Double> lifts = new ArrayList<>();
            IntStream.rangeClosed(1, 10).forEach(decile -> lifts.add(liftOf(side.side(), decile)));
            chart.dataset(side.name(), lifts);
        }
        return charts.of(chart.axes(reading.text("reports.backtest.chart.decile"),
                reading.text("reports.backtest.chart.lift"), 0, null));
    }

    private String calibration(List<BacktestView.Side> sides, Reading reading) {
        ChartConfig chart = ChartConfig.scatter();
        boolean any = false;
        for (BacktestView.Side side : sides) {
            if (side.side().calibration() == null) {
                continue;
            }
            List<Point> points = side.side().calibration().bands().stream()
                    .filter(band -> band.meanScore() != null && band.conversion().rate() != null)
                    .map(BacktestViews::predictedAgainstObserved).toList();
            any |= !points.isEmpty();
            chart.points(side.name(), points, true);
        }
        if (!any) {
            return null;
        }
        return charts.of(chart.reference(reading.text("reports.backtest.chart.perfect"), DIAGONAL)
                .axes(reading.text("reports.backtest.chart.predicted"),
                        reading.text("reports.backtest.chart.observed"), 0, 1));
    }

    /** A band's mean score read as a chance (a score of 40 as 40%), against the share of its leads that converted. */
    private static Point predictedAgainstObserved(ScoreBand band) {
        return new Point(band.meanScore() / 100.0, band.conversion().rate());
    }

    private static Double liftOf(BacktestReport.Side side, int decile) {
        if (side.gains() == null) {
            return null;
        }
        return side.gains().deciles().stream().filter(row -> row.decile() == decile).map(DecileRow::lift)
                .findFirst().orElse(null);
    }

    private static BacktestView.Side side(String role, BacktestReport.Side side, Reading reading) {
        return new BacktestView.Side(role, reading.text("reports.backtest.side." + role, side.rulesetVersion()), side);
    }
}
