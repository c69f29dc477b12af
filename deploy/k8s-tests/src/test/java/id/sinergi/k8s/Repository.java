package id.sinergi.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the Sinergi repository the checks read: the manifests and the services' configuration. */
final class Repository {

    private static final Path ROOT = Path.of(System.getProperty("sinergi.home", "../..")).toAbsolutePath().normalize();

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String relative) {
        return Files.exists(path(relative));
    }
}
