package id.sinergi.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's command line: commands, options, help, and the errors that start nothing. */
class LauncherTest {

    static final Path HOME = Path.of("").toAbsolutePath().resolve("../..").normalize();

    @TempDir
    Path data;

    /** One run of {@code ./sinergi ARGS}: exit code, what went to stdout (help, tokens, progress) and stderr (errors). */
    record Run(int exit, String out, String err) {
    }

    private final List<String> foregroundCalls = new ArrayList<>();

    private Run run(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        StringWriter help = new StringWriter();
        StringWriter errors = new StringWriter();
        Launcher.Context context = new Launcher.Context(HOME, Map.of("SINERGI_DATA_DIR", data.resolve("stack").toString()),
                new PrintStream(printed, true, StandardCharsets.UTF_8), new Launcher.Foreground() {
                    @Override
                    public void onStop(Runnable stop) {
                        foregroundCalls.add("onStop");
                    }

                    @Override
                    public void awaitStopped() {
                        foregroundCalls.add("awaitStopped");
                    }
                });
        int exit = Launcher.commandLine(context, new PrintWriter(help, true), new PrintWriter(errors, true)).execute(args);
        return new Run(exit, printed.toString(StandardCharsets.UTF_8) + help, errors.toString());
    }

    private static <T> T parsed(Class<T> command, String... args) {
        Launcher.Context context = new Launcher.Context(HOME, Map.of(), System.out, null);
        CommandLine.ParseResult result = Launcher.commandLine(context, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).parseArgs(args);
        return command.cast(result.subcommand().commandSpec().userObject());
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
        for (String flag : List.of("--help", "-h")) {
            Run run = run(flag);

            assertThat(run.exit()).isZero();
            assertThat(run.out()).startsWith("Usage: sinergi [-h] [COMMAND]")
                    .contains("  up ", "  infra ", "  down ", "  status ", "  token ")
                    .contains("Without a command, ./sinergi runs up.");
            assertThat(run.err()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "infra", "down", "status", "token"})
    void everyCommandAnswersHelpAndStartsNothing(String command) {
        for (String flag : List.of("--help", "-h")) {
            Run run = run(command, flag);

            assertThat(run.exit()).as(command + " " + flag).isZero();
            assertThat(run.out()).startsWith("Usage: sinergi " + command).contains("-h, --help");
        }
        assertThat(foregroundCalls).isEmpty();
        assertThat(data.resolve("stack")).doesNotExist();
    }

    @Test
    void theHelpOfEachCommandNamesItsOptions() {
        assertThat(run("up", "--help").out()).contains("--seed-region[=N]");
        assertThat(run("infra", "--help").out()).contains("./mvnw quarkus:dev -pl inmate-service -am");
        assertThat(run("token", "--help").out())
                .contains("ROLE", "--sub=NAME", "--agency=AGENCY", "--unit=CODE", "--hours=N")
                .contains("lapas-registrar", "sinergi-admin", "LAPAS, POLRES, KANWIL");
    }

    @Test
    void upTakesSeedRegionWithOrWithoutANumber() {
        assertThat(parsed(Launcher.Up.class, "up").seedPeople).isNull();
        assertThat(parsed(Launcher.Up.class, "up", "--seed-region").seedPeople).isEqualTo(Launcher.DEFAULT_SEED_PEOPLE);
        assertThat(parsed(Launcher.Up.class, "up", "--seed-region", "7").seedPeople).isEqualTo(7);
        assertThat(parsed(Launcher.Up.class, "up", "--seed-region=12").seedPeople).isEqualTo(12);
    }

    @Test
    void tokenTakesARoleAndItsOptions() {
        Launcher.Token token = parsed(Launcher.Token.class, "token", "polres-officer", "--sub", "budi",
                "--agency", "kanwil", "--unit", "POLRES-TAPIN", "--hours", "2");

        assertThat(token.role).isEqualTo("polres-officer");
        assertThat(token.subject).isEqualTo("budi");
        assertThat(token.agency).isEqualTo(Launcher.Agency.KANWIL);
        assertThat(token.unit).isEqualTo("POLRES-TAPIN");
        assertThat(token.hours).isEqualTo(2);
        assertThat(parsed(Launcher.Token.class, "token", "auditor").hours).isEqualTo(8);
    }

    @Test
    void tokenPrintsADevelopmentTokenWithTheClaimsAskedFor() {
        Run run = run("token", "polres-officer", "--sub", "budi", "--unit", "POLRES-TAPIN", "--hours", "2");

        assertThat(run.exit()).isZero();
        String claims = claims(run.out().trim());
        assertThat(claims).contains("\"sub\":\"budi\"", "\"groups\":[\"polres-officer\"]", "\"agency\":\"POLRES\"",
                "\"unit\":\"POLRES-TAPIN\"", "\"iss\":\"" + DevTokens.ISSUER + "\"");
        assertThat(number(claims, "exp") - number(claims, "iat")).isEqualTo(2 * 3600);
    }

    @Test
    void tokenDefaultsTheAgencyAndUnitFromTheRole() {
        assertThat(claims(run("token", "lapas-registrar").out().trim()))
                .contains("\"sub\":\"dev-lapas-registrar\"", "\"agency\":\"LAPAS\"", "\"unit\":\"LAPAS-AMUNTAI\"");
        assertThat(claims(run("token", "polres-head").out().trim()))
                .contains("\"agency\":\"POLRES\"", "\"unit\":\"POLRES-HSU\"");
        assertThat(claims(run("token", "kanwil-officer").out().trim()))
                .contains("\"agency\":\"KANWIL\"", "\"unit\":\"KANWIL-KALSEL\"");
    }

    @Test
    void badArgumentsFailWithAMessageTheUsageAndExitCode2() {
        assertFails(new String[] {"start"}, "Unmatched argument at index 0: 'start'\nDid you mean: sinergi status?",
                "Usage: sinergi [-h] [COMMAND]");
        assertFails(new String[] {"--verbose"}, "Unknown option: '--verbose'", "Usage: sinergi [-h] [COMMAND]");
        assertFails(new String[] {"up", "--seed"}, "Unknown option: '--seed'", "Usage: sinergi up");
        assertFails(new String[] {"up", "--seed-region", "many"}, "Invalid value for option '--seed-region': 'many' is not an int",
                "Usage: sinergi up");
        assertFails(new String[] {"up", "--seed-region", "0"}, "--seed-region takes a number of WBP from 1 to 100000, not 0",
                "Usage: sinergi up");
        assertFails(new String[] {"infra", "--seed-region"}, "Unknown option: '--seed-region'", "Usage: sinergi infra");
        assertFails(new String[] {"down", "now"}, "Unmatched argument at index 1: 'now'", "Usage: sinergi down");
        assertFails(new String[] {"status", "-v"}, "Unknown option: '-v'", "Usage: sinergi status");
        assertFails(new String[] {"token"}, "Missing required parameter: 'ROLE'", "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registrar", "--hours"}, "Missing required parameter for option '--hours' (N)",
                "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registrar", "--hours", "abc"},
                "Invalid value for option '--hours': 'abc' is not a long", "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registrar", "--hours", "0"}, "--hours takes 1 to 8784 hours, not 0",
                "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registrar", "--hours", "--unit", "X"},
                "Expected parameter for option '--hours' but found '--unit'", "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registrar", "--sub"}, "Missing required parameter for option '--sub' (NAME)",
                "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registrar", "--agency", "DINAS"},
                "Invalid value for option '--agency': expected one of [LAPAS, POLRES, KANWIL]", "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registrar", "--expires", "1"}, "Unknown options: '--expires', '1'",
                "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registar"}, "Unknown role 'lapas-registar'; one of: lapas-registrar,",
                "Usage: sinergi token");
        assertFails(new String[] {"token", "lapas-registrar", "auditor"}, "Unmatched argument at index 2: 'auditor'",
                "Usage: sinergi token");
    }

    private void assertFails(String[] args, String message, String usage) {
        Run run = run(args);

        assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err()).as(String.join(" ", args)).startsWith(message).contains(usage);
        assertThat(run.out()).as("nothing printed to stdout, no token").isEmpty();
        assertThat(foregroundCalls).as("nothing started").isEmpty();
        assertThat(data.resolve("stack")).as("nothing started").doesNotExist();
    }

    @Test
    void withoutACommandItRunsUpAndUpAndInfraShareTheDataDirectoryLock() throws Exception {
        Path stack = Files.createDirectories(data.resolve("stack"));
        try (FileChannel channel = FileChannel.open(stack.resolve("stack.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            Run noCommand = run();
            Run infra = run("infra");

            assertThat(noCommand.exit()).isEqualTo(1);
            assertThat(noCommand.out()).startsWith("Sinergi local stack").contains("Sinergi is already running from " + stack);
            assertThat(infra.exit()).isEqualTo(1);
            assertThat(infra.out()).contains("Sinergi is already running from " + stack);
            assertThat(foregroundCalls).isEmpty();
        }
    }

    @Test
    void statusAndDownSayWhenNothingRuns() {
        Run status = run("status");
        Run down = run("down");

        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out()).isEqualTo("Sinergi is not running.\n");
        assertThat(down.exit()).isZero();
        assertThat(down.out()).isEqualTo("Sinergi is not running.\n");
    }

    @Test
    void theLauncherKnowsEveryRoleOfThePlatformAndNoOther() throws Exception {
        String roles = Files.readString(HOME.resolve("platform/core/src/main/java/id/sinergi/platform/auth/Roles.java"));
        List<String> declared = new ArrayList<>();
        Matcher constant = Pattern.compile("public static final String [A-Z_]+ = \"([a-z-]+)\";").matcher(roles);
        while (constant.find()) {
            declared.add(constant.group(1));
        }

        assertThat(Launcher.ROLES).containsExactlyInAnyOrderElementsOf(declared);
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static long number(String claims, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(claims);
        assertThat(matcher.find()).as(name).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
