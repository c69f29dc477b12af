package id.sinergi.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization the way ops do, with `kubectl kustomize` (offline, no cluster). */
final class Kustomize {

    private Kustomize() {
    }

    static String render(String kustomization) {
        ProcessBuilder builder = new ProcessBuilder("kubectl", "kustomize", Repository.path(kustomization).toString());
        try {
            Process process = builder.start();
            // Read stderr alongside stdout: a full pipe would stall kubectl.
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String output = readAll(process.getInputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + kustomization + " took over a minute");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + kustomization + " failed: " + errors.join());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render " + kustomization
                    + " (Debian package kubectl; .ci/run installs it when missing)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
