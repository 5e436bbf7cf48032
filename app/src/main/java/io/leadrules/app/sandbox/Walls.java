package io.leadrules.app.sandbox;

import java.util.List;

/**
 * Which confinement the worker really gets on this machine, as the log and {@code /actuator/health} say it.
 *
 * @param user        the worker's user: another, unprivileged one, or the service's own
 * @param network     "none" (a network namespace of its own, with no interface but a down loopback) or "shared"
 * @param rlimits     whether {@code prlimit} caps core dumps, file sizes, open files and processes
 * @param cpuRaise    whether the per-upload CPU limit is set in the kernel ({@code prlimit --pid}); without it a
 *                    watchdog measures and kills
 * @param missing     each wall that could not be put up, and why
 */
record Walls(String user, String network, boolean rlimits, boolean cpuRaise, List<String> missing) {

    boolean complete() {
        return missing.isEmpty();
    }

    String describe() {
        return "user " + user + ", network " + network + ", resource limits " + (rlimits ? "on" : "off")
                + ", per-upload CPU limit " + (cpuRaise ? "in the kernel and watched" : "watched only")
                + ", heap and wall-clock limits on";
    }
}
