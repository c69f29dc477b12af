package id.sinergi.liaison;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One direction, read from the sources: REST → service → domain. Nothing below the REST layer
 * imports it; the domain and the commands know neither the services nor HTTP problems; a view
 * is a mapping of what a service returned and takes no service to call.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/id/sinergi/liaison");

    private static List<Path> sources(String layer) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> importing(List<String> layers, String... forbidden) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String layer : layers) {
            for (Path source : sources(layer)) {
                for (String line : Files.readAllLines(source)) {
                    for (String prefix : forbidden) {
                        if (line.startsWith("import " + prefix) || line.startsWith("import static " + prefix)) {
                            wrong.add(SOURCES.relativize(source) + ": " + line);
                        }
                    }
                }
            }
        }
        return wrong;
    }

    @Test
    void nothingBelowTheRestLayerImportsIt() throws IOException {
        assertThat(importing(List.of("service", "domain", "command", "consumer", "event", "config"), "id.sinergi.liaison.rest."))
                .isEmpty();
    }

    @Test
    void theDomainAndTheCommandsKnowNeitherServicesNorHttpProblems() throws IOException {
        assertThat(importing(List.of("domain", "command"), "id.sinergi.liaison.service.", "id.sinergi.liaison.consumer.",
                "id.sinergi.platform.error.", "jakarta.ws.rs.")).isEmpty();
    }

    @Test
    void viewsTakeNoServiceToCall() throws IOException {
        Pattern imported = Pattern.compile("^import id\\.sinergi\\.liaison\\.service\\.(\\w+);", Pattern.MULTILINE);
        List<String> wrong = new ArrayList<>();
        for (Path view : sources("rest")) {
            if (!view.getFileName().toString().endsWith("View.java")) {
                continue;
            }
            String text = Files.readString(view);
            var services = imported.matcher(text);
            while (services.find()) {
                var asParameter = Pattern.compile("\\b" + services.group(1) + "\\s+[a-z]\\w*\\s*[,)=;]").matcher(text);
                while (asParameter.find()) {
                    wrong.add(view.getFileName() + ": " + asParameter.group());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
