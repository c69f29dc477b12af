package id.sinergi.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which JDK builds and runs the stack, and which start-up cache a service starts from. */
class StartupCacheTest {

    @TempDir
    Path directory;

    @Test
    void aServiceStartsFromTheAotCacheOnJdk25AndFromTheAppCdsArchiveBefore() throws IOException {
        Files.createFile(directory.resolve("app.aot"));
        Files.createFile(directory.resolve("app-cds.jsa"));

        assertThat(ServiceProcess.startupCacheOptions(directory)).containsExactly(Runtime.version().feature() >= 25
                ? "-XX:AOTCache=app.aot" : "-XX:SharedArchiveFile=app-cds.jsa");
    }

    @Test
    void anAppCdsArchiveServesOnEveryJdkAndNoCacheMeansNoOption() throws IOException {
        assertThat(ServiceProcess.startupCacheOptions(directory)).isEmpty();

        Files.createFile(directory.resolve("app-cds.jsa"));
        assertThat(ServiceProcess.startupCacheOptions(directory)).containsExactly("-XX:SharedArchiveFile=app-cds.jsa");
    }

    @Test
    void theLauncherTakesTheJdkItIsToldToTake() throws Exception {
        Path chosen = fakeJdk("chosen", "17.0.9");

        assertThat(javaHome(Map.of("SINERGI_JAVA_HOME", chosen.toString(), "JAVA_HOME", fakeJdk("newer", "99").toString())))
                .isEqualTo(chosen.toString());
    }

    @Test
    void theLauncherPrefersAJdk25OrNewer() throws Exception {
        Path newest = fakeJdk("newest", "99.0.1");
        assertThat(javaHome(Map.of("JAVA_HOME", newest.toString()))).isEqualTo(newest.toString());

        // A JDK 17 at JAVA_HOME gives way only to a JDK 25 or newer found on the machine.
        Path old = fakeJdk("old", "17.0.15");
        String home = javaHome(Map.of("JAVA_HOME", old.toString()));
        assertThat(home.equals(old.toString()) || feature(Path.of(home)) >= 25).as(home).isTrue();
    }

    @Test
    void aJdkWithoutAReleaseFileOrNoJavaHomeAtAllDoesNotStopTheLauncher() throws Exception {
        // ./sinergi runs under set -euo pipefail and asks for the version of JAVA_HOME, which is
        // empty on a machine with only the default JDK.
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "set -euo pipefail; source java-home.sh; version=\"$(java_feature '')\"; printf '[%s]' \"$version\"");
        builder.environment().remove("SINERGI_JAVA_HOME");
        builder.environment().remove("JAVA_HOME");
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).isEqualTo("[]");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path jdk = directory.resolve(name);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    /** JAVA_HOME after sourcing the launcher's java-home.sh with these variables (and no others of its own). */
    private static String javaHome(Map<String, String> variables) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "source java-home.sh && printf %s \"$JAVA_HOME\"");
        builder.environment().remove("SINERGI_JAVA_HOME");
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(variables);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private static int feature(Path jdk) throws IOException {
        String release = Files.readString(jdk.resolve("release"));
        String version = release.replaceAll("(?s).*JAVA_VERSION=\"(\\d+).*", "$1");
        return Integer.parseInt(version);
    }
}
