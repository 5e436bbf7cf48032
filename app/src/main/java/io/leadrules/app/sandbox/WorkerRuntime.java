package io.leadrules.app.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private copy of the service's class path that the worker's user may read, and the worker's own working
 * directory, in a fresh temporary directory that lives as long as the service. The service's jars may sit where the
 * worker's user cannot read them ({@code ~/.m2} under {@code /root}, a 0700 install directory), and the worker must
 * not be pointed at the service's own directories at all.
 *
 * <p>Three shapes of class path: the Spring Boot fat jar ({@code java -jar app.jar}: copied, and the worker started
 * through {@code PropertiesLauncher} with {@code -Dloader.main}); a manifest-only jar (a test runner's: its
 * {@code Class-Path} is followed); or plain jars and class directories (an IDE, {@code mvn test}). Files that others
 * may read already are hard-linked when the file system allows it, which costs nothing; the rest are copied.
 */
final class WorkerRuntime implements AutoCloseable {

    static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    /** {@code leadrules-sandbox-<service pid>-<random>}: the pid tells a later service whose directory it was. */
    private static final Pattern DIRECTORY = Pattern.compile("leadrules-sandbox-(\\d+)-\\d+");

    private final Path root;
    private final Path work;
    private final List<String> classPath;
    private final List<String> mainArguments;

    private WorkerRuntime(Path root, Path work, List<String> classPath, List<String> mainArguments) {
        this.root = root;
        this.work = work;
        this.classPath = classPath;
        this.mainArguments = mainArguments;
    }

    /**
     * Copies the running service's class path into a new world-readable directory, after removing the directories
     * of services that are gone (a service killed with {@code kill -9} cannot remove its own).
     */
    static WorkerRuntime create() {
        try {
            removeAbandoned(Path.of(System.getProperty("java.io.tmpdir")));
            Path root = Files.createTempDirectory("leadrules-sandbox-" + ProcessHandle.current().pid() + "-");
            permit(root, "rwxr-xr-x");
            Path lib = Files.createDirectory(root.resolve("lib"));
            permit(lib, "rwxr-xr-x");
            Path work = Files.createDirectory(root.resolve("work"));
            List<Path> entries = entries(System.getProperty("java.class.path"));
            boolean fatJar = entries.size() == 1 && isBootJar(entries.get(0));
            List<String> copied = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                copied.add(place(entries.get(i), lib.resolve(i + "-" + entries.get(i).getFileName())).toString());
            }
            List<String> main = fatJar
                    ? List.of("-Dloader.main=" + WorkerMain.class.getName(), BOOT_LAUNCHER)
                    : List.of(WorkerMain.class.getName());
            return new WorkerRuntime(root, work, copied, main);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the sandbox's class path", e);
        }
    }

    Path work() {
        return work;
    }

    String classPath() {
        return String.join(File.pathSeparator, classPath);
    }

    /** What follows {@code -cp <class path>} on the java command line. */
    List<String> mainArguments() {
        return mainArguments;
    }

    @Override
    public void close() {
        delete(root);
    }

    /** Sets POSIX permissions where the file system has them (not on Windows, where the worker is the same user). */
    private static void permit(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    static void removeAbandoned(Path temporary) throws IOException {
        try (Stream<Path> candidates = Files.list(temporary)) {
            candidates.filter(WorkerRuntime::abandoned).forEach(WorkerRuntime::delete);
        }
    }

    private static boolean abandoned(Path directory) {
        Matcher name = DIRECTORY.matcher(directory.getFileName().toString());
        return name.matches() && Files.isDirectory(directory)
                && ProcessHandle.of(Long.parseLong(name.group(1))).map(p -> !p.isAlive()).orElse(true);
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + root, e);
        }
    }

    private static List<Path> entries(String classPath) throws IOException {
        List<Path> entries = Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(Path::of).filter(Files::exists).toList();
        if (entries.size() == 1 && Files.isRegularFile(entries.get(0)) && !isBootJar(entries.get(0))) {
            List<Path> listed = manifestClassPath(entries.get(0));
            return listed.isEmpty() ? entries : listed;
        }
        return entries;
    }

    private static boolean isBootJar(Path jar) throws IOException {
        Manifest manifest = manifest(jar);
        return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null;
    }

    private static List<Path> manifestClassPath(Path jar) throws IOException {
        Manifest manifest = manifest(jar);
        String listed = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        if (listed == null) {
            return List.of();
        }
        URI base = jar.toUri();
        return Arrays.stream(listed.trim().split("\\s+")).map(entry -> Path.of(base.resolve(entry)))
                .filter(Files::exists).toList();
    }

    private static Manifest manifest(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        }
    }

    private static Path place(Path source, Path target) throws IOException {
        if (Files.isDirectory(source)) {
            copyTree(source, target);
        } else if (!othersMayRead(source) || !linked(source, target)) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            permit(target, "rw-r--r--");
        }
        return target;
    }

    private static boolean othersMayRead(Path file) throws IOException {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix")
                && Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ);
    }

    private static boolean linked(Path source, Path target) {
        try {
            Files.createLink(target, source);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path copy = Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                permit(copy, "rwxr-xr-x");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                permit(copy, "rw-r--r--");
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
