package io.leadrules.app.ruleset;

import io.leadrules.app.ruleset.ActivationPlans.Plan;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds {@link ActivationView}: the version's latest plan and the live instances' heartbeats. */
@Component
class ActivationStatus {

    private final RuleVersionStore store;
    private final ActivationPlans plans;
    private final ServiceInstances instances;
    private final ActivationSettings settings;
    private final Clock wall = Clock.systemUTC();

    ActivationStatus(RuleVersionStore store, ActivationPlans plans, ServiceInstances instances,
                     ActivationSettings settings) {
        this.store = store;
        this.plans = plans;
        this.instances = instances;
        this.settings = settings;
    }

    /** The version's activation; a 404 problem when there is no such version. */
    ActivationView of(String versionId) {
        return of(store.existing(versionId));
    }

    ActivationView of(RuleVersionRecord version) {
        Optional<Plan> plan = plans.latest(version.id());
        String active = store.active().map(RuleVersionRecord::versionId).orElse(null);
        List<ActivationView.InstanceView> live = instances.live(wall.instant().minus(settings.liveWindow())).stream()
                .map(instance -> new ActivationView.InstanceView(instance.instanceId(), instance.host(),
                        instance.port(), instance.startedAt(), instance.heartbeatAt(),
                        Long.toString(instance.serving()), instance.readyFor(version.id()), instance.behindReason()))
                .toList();
        return plan.map(p -> new ActivationView(version.versionId(), p.state().name(), p.effectiveAt(),
                        Long.toString(p.previous()), p.requestedBy(), p.requestedAt(), p.outcome(), active, live))
                .orElseGet(() -> new ActivationView(version.versionId(), "NONE", null, null, null, null, null,
                        active, live));
    }
}
