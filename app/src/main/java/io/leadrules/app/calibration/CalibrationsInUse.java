package io.leadrules.app.calibration;

import io.leadrules.app.decision.ConversionProbabilities;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The calibration each version uses, held in memory: a decision asks on every evaluation, and a query there would
 * cost the scoring path a round trip to the database. Loaded on the first question, and loaded again whenever a
 * calibration is approved (after its transaction commits, so nobody sees one the database could still roll back).
 * An approval on another instance sharing the database is seen within a poll interval ({@link SharedCalibrations}).
 * Calibrations never change, so those looked up by id (for replays) are kept as well.
 */
@Component
class CalibrationsInUse implements ConversionProbabilities {

    private final CalibrationStore store;
    private final Map<UUID, Optional<Calibrated>> byId = new ConcurrentHashMap<>();
    private volatile Map<String, Calibrated> inUse;

    CalibrationsInUse(CalibrationStore store) {
        this.store = store;
    }

    @Override
    public Optional<Calibrated> inUse(String rulesetVersion) {
        Map<String, Calibrated> current = inUse;
        if (current == null) {
            current = reload();
        }
        return Optional.ofNullable(current.get(rulesetVersion));
    }

    @Override
    public Optional<Calibrated> byId(UUID calibrationId) {
        return byId.computeIfAbsent(calibrationId, id -> store.find(id).map(CalibrationsInUse::calibrated));
    }

    /** Reads the approved calibrations again: after an approval, and on the first question. */
    synchronized Map<String, Calibrated> reload() {
        Map<String, Calibrated> loaded = store.approved().stream().collect(Collectors.toUnmodifiableMap(
                StoredCalibration::rulesetVersion, CalibrationsInUse::calibrated, (a, b) -> a));
        inUse = loaded;
        return loaded;
    }

    private static Calibrated calibrated(StoredCalibration c) {
        return new Calibrated(c.id(), c.curve());
    }
}
