package id.sinergi.platform.testing.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Sinergi repository the tests run in: the first folder up from the module with the Maven wrapper. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw in " + Path.of("").toAbsolutePath() + " or above it");
        }
        return dir;
    }

    static String relative(Path path) {
        return root().relativize(path.toAbsolutePath()).toString();
    }
}
