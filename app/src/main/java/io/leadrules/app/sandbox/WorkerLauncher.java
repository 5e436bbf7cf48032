package io.leadrules.app.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line that starts a worker: as many walls as the machine permits, then {@code java} with a capped heap.
 * Each wall is tried once at startup by running the tool on {@code true}; one that is missing or not permitted (a
 * developer who is not root, a container without the capability) is left out and named in {@link Walls#missing()}.
 *
 * <pre>
 * unshare -n                                   no network (as root; -rn, a user namespace, otherwise)
 * setpriv --reuid=65534 --regid=65534 --clear-groups --no-new-privs   nobody, and no way back (root only)
 * prlimit --core=0 --fsize=0 --nofile=1024 --nproc=1024               no core dumps, no file written
 * java -Xmx512m -XX:MaxMetaspaceSize=256m -Xss1m -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData ...
 * </pre>
 */
final class WorkerLauncher {

    private final SandboxSettings settings;
    private final List<String> unshare;
    private final List<String> setpriv;
    private final List<String> prlimit;
    private final Walls walls;

    private WorkerLauncher(SandboxSettings settings, List<String> unshare, List<String> setpriv,
                           List<String> prlimit, Walls walls) {
        this.settings = settings;
        this.unshare = unshare;
        this.setpriv = setpriv;
        this.prlimit = prlimit;
        this.walls = walls;
    }

    /** Tries each wall on this machine. */
    static WorkerLauncher probe(SandboxSettings settings) {
        boolean root = isRoot();
        if (settings.isolation() == SandboxSettings.Isolation.NONE) {
            return new WorkerLauncher(settings, List.of(), List.of(), List.of(), new Walls("the service's",
                    "shared", false, false, List.of("every wall: leadrules.sandbox.isolation is none")));
        }
        List<String> missing = new ArrayList<>();
        List<String> unshare = works(root ? List.of("unshare", "-n") : List.of("unshare", "-rn"),
                "a network namespace (unshare)", missing);
        List<String> setpriv = root ? works(List.of("setpriv", "--reuid=" + settings.user(), "--regid="
                + settings.user(), "--clear-groups", "--no-new-privs"), "another user (setpriv)", missing) : List.of();
        if (!root) {
            missing.add("another user: the service is not root, so the worker runs as the service's user and can "
                    + "read what the service can, the database included");
        }
        if (!Files.isReadable(Path.of("/proc/self/stat"))) {
            missing.add("a CPU watchdog: there is no /proc here, so only the wall clock bounds an upload");
        }
        List<String> prlimit = works(List.of("prlimit", "--core=0", "--fsize=0", "--nofile=" + settings.openFiles(),
                "--nproc=" + settings.processes()), "resource limits (prlimit)", missing);
        boolean cpuRaise = root && !prlimit.isEmpty() && cpuLimitCanBeRaised(setpriv);
        if (!cpuRaise) {
            missing.add("a kernel CPU limit per upload (prlimit --pid on the worker is not permitted here): a "
                    + "watchdog measures and kills");
        }
        Walls walls = new Walls(setpriv.isEmpty() ? "the service's" : Integer.toString(settings.user()),
                unshare.isEmpty() ? "shared" : "none", !prlimit.isEmpty(), cpuRaise, List.copyOf(missing));
        return new WorkerLauncher(settings, unshare, setpriv, prlimit, walls);
    }

    Walls walls() {
        return walls;
    }

    /** Whether the worker runs as another user, whose working directory the service must hand over. */
    boolean changesUser() {
        return !setpriv.isEmpty();
    }

    int user() {
        return settings.user();
    }

    List<String> command(WorkerRuntime runtime) {
        List<String> command = new ArrayList<>();
        command.addAll(unshare);
        command.addAll(setpriv);
        command.addAll(prlimit);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx" + settings.heap().toMegabytes() + "m",
                "-XX:MaxMetaspaceSize=" + settings.metaspace().toMegabytes() + "m",
                "-Xss" + Math.max(settings.threadStack().toKilobytes(), 256) + "k",
                "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1",
                "-Xshare:auto", "-Djava.io.tmpdir=" + runtime.work(), "-Duser.home=" + runtime.work(),
                "-Dfile.encoding=UTF-8", "-cp", runtime.classPath()));
        command.addAll(runtime.mainArguments());
        return command;
    }

    /** Raises the worker's CPU limit to what it used so far plus one upload's budget (a little later, a kill). */
    boolean raiseCpuLimit(long pid, long seconds) {
        return walls.cpuRaise() && succeeds(List.of("prlimit", "--pid", Long.toString(pid),
                "--cpu=" + seconds + ":" + (seconds + 1)));
    }

    /**
     * Whether {@code prlimit --pid} may set the CPU limit of a process that runs as the worker will: root without
     * CAP_SYS_RESOURCE (a container) may not, and then only the watchdog stops a busy worker.
     */
    private static boolean cpuLimitCanBeRaised(List<String> asWorker) {
        List<String> command = new ArrayList<>(asWorker);
        command.addAll(List.of("sleep", "10"));
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                awaitExec(probe, "sleep");
                return succeeds(List.of("prlimit", "--pid", Long.toString(probe.pid()), "--cpu=60:61"));
            } finally {
                probe.destroyForcibly();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Until the wrappers have handed over to the program (so the process runs as the worker's user), 2 s at most. */
    private static void awaitExec(Process process, String program) {
        Path comm = Path.of("/proc", Long.toString(process.pid()), "comm");
        for (int i = 0; i < 40; i++) {
            try {
                if (Files.readString(comm).trim().equals(program)) {
                    return;
                }
                Thread.sleep(50);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<String> works(List<String> wrapper, String wall, List<String> missing) {
        List<String> test = new ArrayList<>(wrapper);
        test.add("true");
        if (onPath(wrapper.get(0)) && succeeds(test)) {
            return wrapper;
        }
        missing.add(wall + ": " + (onPath(wrapper.get(0)) ? "not permitted here" : wrapper.get(0) + " is not "
                + "installed"));
        return List.of();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
