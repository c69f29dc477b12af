package id.sinergi.platform.testing.contract;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Node.js tools the contract checks run: Spectral (OpenAPI linter) and the AsyncAPI parser,
 * fetched from the npm registry at the pinned versions into the module's {@code target/node-tools}
 * the first time a test needs them (Node.js and npm are on every build machine; npm's cache makes
 * later fetches quick).
 */
public final class NodeTools {

    public static final String SPECTRAL = "@stoplight/spectral-cli@6.16.3";
    public static final String ASYNCAPI_PARSER = "@asyncapi/parser@3.6.3";
    private static final Path HOME = Path.of("target", "node-tools").toAbsolutePath();

    private NodeTools() {
    }

    /** The tools' folder, with both packages installed. */
    public static synchronized Path home() {
        if (!Files.isExecutable(HOME.resolve("node_modules/.bin/spectral"))
                || !Files.isDirectory(HOME.resolve("node_modules/@asyncapi/parser"))) {
            for (String program : List.of("node", "npm")) {
                if (!onPath(program)) {
                    throw new IllegalStateException("the contract checks need Node.js and npm (to fetch " + SPECTRAL
                            + " and " + ASYNCAPI_PARSER + "); " + program + " is not on the PATH");
                }
            }
            run(List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "--loglevel=error",
                    "--prefer-offline", SPECTRAL, ASYNCAPI_PARSER), HOME.getParent());
        }
        return HOME;
    }

    public static Path spectral() {
        return home().resolve("node_modules/.bin/spectral");
    }

    /** A script shipped beside this class, copied into the tools' folder so it finds their modules. */
    static Path script(String name) {
        Path target = home().resolve(name);
        try (InputStream in = NodeTools.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " beside " + NodeTools.class.getName());
            }
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command; the result has its exit code and everything it printed. */
    public static Result run(List<String> command, Path directory) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile()).start();
            process.getOutputStream().close();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String output = readAll(process.getInputStream());
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over five minutes");
            }
            Result result = new Result(process.exitValue(), output + errors.join());
            if (command.get(0).equals("npm") && result.exitCode() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + result.output());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Result(int exitCode, String output) {
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
