package id.sinergi.local;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./sinergi up | infra | down | status | token}: runs the whole system, or only its
 * PostgreSQL and Kafka for services in Quarkus dev mode, on this machine. Arguments are parsed by
 * picocli: every command answers {@code --help}, and an unknown command or option, a missing or bad
 * value ends with a message, the usage and exit code 2, before anything is started.
 */
@Command(name = "sinergi",
        description = "Runs Sinergi on this machine: PostgreSQL and Kafka without Docker, the services, the gateway.",
        subcommands = {Launcher.Up.class, Launcher.Infra.class, Launcher.Down.class, Launcher.Status.class,
                Launcher.Token.class},
        synopsisSubcommandLabel = "[COMMAND]",
        footer = {"", "Without a command, ./sinergi runs up. ./sinergi COMMAND --help tells more about each."})
public final class Launcher implements Callable<Integer> {

    /** How many synthetic WBP {@code --seed-region} puts in each facility when no number follows it. */
    static final int DEFAULT_SEED_PEOPLE = 50;
    static final int MAX_SEED_PEOPLE = 100_000;
    /** A development token lives at most a year. */
    static final long MAX_TOKEN_HOURS = 24 * 366;

    /** The roles a development token can carry: the roles of docs/security.md. */
    static final List<String> ROLES = List.of("lapas-registrar", "lapas-program-officer", "lapas-security",
            "lapas-liaison", "lapas-head", "polres-officer", "polres-head", "auditor", "kanwil-officer",
            "sinergi-admin");

    /** What the commands need from outside: where Sinergi lives, its environment, where to print, how to wait. */
    record Context(Path home, Map<String, String> environment, PrintStream out, Foreground foreground) {

        StackSettings settings() {
            return StackSettings.fromEnvironment(home, environment);
        }
    }

    /** Keeps a stack in the foreground until the user stops it. */
    interface Foreground {
        /** From now on (while the stack starts, too), the user stopping Sinergi runs {@code stop}. */
        void onStop(Runnable stop);

        /** Returns once the user has stopped Sinergi and {@code stop} has run. */
        void awaitStopped() throws InterruptedException;

        /** Ctrl-C or a SIGTERM ({@code ./sinergi down}): the JVM's shutdown runs {@code stop}. */
        static Foreground untilShutdown() {
            CountDownLatch stopped = new CountDownLatch(1);
            return new Foreground() {
                @Override
                public void onStop(Runnable stop) {
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        stop.run();
                        stopped.countDown();
                    }, "sinergi-shutdown"));
                }

                @Override
                public void awaitStopped() throws InterruptedException {
                    stopped.await();
                }
            };
        }
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help and exit.")
    boolean help;

    private final Context context;

    Launcher(Context context) {
        this.context = context;
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("sinergi.home", ".")).toAbsolutePath().normalize();
        Context context = new Context(home, System.getenv(), System.out, Foreground.untilShutdown());
        System.exit(commandLine(context, new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args));
    }

    /** The command line of {@code ./sinergi}, printing help to {@code out} and errors to {@code err}. */
    static CommandLine commandLine(Context context, PrintWriter out, PrintWriter err) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == Launcher.class) {
                    return type.cast(new Launcher(context));
                }
                if (StackCommand.class.isAssignableFrom(type) || type == Token.class) {
                    return type.getDeclaredConstructor(Context.class).newInstance(context);
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return new CommandLine(Launcher.class, factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Launcher::refuse)
                .setOut(out)
                .setErr(err);
    }

    /** Bad arguments: the message, picocli's suggestions if it has any, and always the command's usage. */
    private static int refuse(ParameterException refused, String[] args) {
        CommandLine command = refused.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(refused.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(refused, err);
        command.usage(err);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** {@code ./sinergi} alone is {@code ./sinergi up}. */
    @Override
    public Integer call() throws Exception {
        return new Up(context).call();
    }

    /** What {@code up}, {@code infra}, {@code down} and {@code status} share: the stack's data directory. */
    abstract static class StackCommand implements Callable<Integer> {

        final Context context;

        StackCommand(Context context) {
            this.context = context;
        }

        Path pidFile(StackSettings settings) {
            return settings.dataDirectory().resolve("stack.pid");
        }

        Path commandFile(StackSettings settings) {
            return settings.dataDirectory().resolve("stack.command");
        }

        Optional<Long> runningPid(StackSettings settings) {
            try {
                return Optional.of(Long.parseLong(Files.readString(pidFile(settings), StandardCharsets.UTF_8).trim()))
                        .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        /**
         * Runs what {@code start} starts until the user stops it, holding the data directory's lock
         * throughout: {@code up} and {@code infra} share it, so only one of them runs on a data directory.
         */
        int runInForeground(String command, Starter start) throws IOException, InterruptedException {
            StackSettings settings = context.settings();
            PrintStream out = context.out();
            Files.createDirectories(settings.dataDirectory());
            FileChannel lockChannel = FileChannel.open(settings.dataDirectory().resolve("stack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(lockChannel);
            if (lock == null) {
                lockChannel.close();
                out.println("Sinergi is already running from " + settings.dataDirectory()
                        + runningPid(settings).map(pid -> " (pid " + pid + ")").orElse("")
                        + ". Stop it with ./sinergi down (or Ctrl-C in its terminal) before starting it again.");
                return 1;
            }
            Files.writeString(pidFile(settings), String.valueOf(ProcessHandle.current().pid()));
            Files.writeString(commandFile(settings), command);

            Stack stack = new Stack(settings, Stack.Progress.printedTo(out, "  … ", "  ✓ "));
            context.foreground().onStop(() -> {
                out.println("Stopping Sinergi…");
                stack.close();
                release(settings, lockChannel);
                out.println("Stopped.");
            });
            long started = System.nanoTime();
            try {
                start.start(stack);
            } catch (Stack.StackException e) {
                out.println();
                out.println("✗ " + e.getMessage());
                out.println("Everything that had started was stopped.");
                release(settings, lockChannel);
                return 1;
            }
            start.started(stack, Duration.ofNanos(System.nanoTime() - started));
            context.foreground().awaitStopped();
            return 0;
        }

        private void release(StackSettings settings, FileChannel lockChannel) {
            try {
                Files.deleteIfExists(pidFile(settings));
                Files.deleteIfExists(commandFile(settings));
                lockChannel.close();
            } catch (IOException ignored) {
                // the lock, not the pid file, decides whether a stack runs, and the process's end frees it
            }
        }

        private static FileLock tryLock(FileChannel channel) throws IOException {
            try {
                return channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return null;
            }
        }

        /** Starts a stack, then says what runs. */
        interface Starter {
            void start(Stack stack) throws Stack.StackException;

            void started(Stack stack, Duration took);
        }
    }

    @Command(name = "up", description = {
            "Start PostgreSQL, Kafka, the three services and the gateway, and stay in the foreground (Ctrl-C stops all).",
            "Builds what is missing first (./sinergi does)."})
    static final class Up extends StackCommand {

        @Option(names = "--seed-region", arity = "0..1", paramLabel = "N", fallbackValue = "" + DEFAULT_SEED_PEOPLE,
                description = {"Then fill the region with synthetic data through the gateway: N WBP (default "
                        + DEFAULT_SEED_PEOPLE + ", at most " + MAX_SEED_PEOPLE + ") in every facility of the "
                        + "directory and a programme in each. Running it again tops up, it never duplicates."})
        Integer seedPeople;

        @Spec
        CommandSpec spec;

        Up(Context context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            if (seedPeople != null && (seedPeople < 1 || seedPeople > MAX_SEED_PEOPLE)) {
                throw new ParameterException(spec.commandLine(), "--seed-region takes a number of WBP from 1 to "
                        + MAX_SEED_PEOPLE + ", not " + seedPeople);
            }
            PrintStream out = context.out();
            out.println("Sinergi local stack — data in " + context.settings().dataDirectory());
            return runInForeground("up", new Starter() {
                @Override
                public void start(Stack stack) throws Stack.StackException {
                    stack.start();
                }

                @Override
                public void started(Stack stack, Duration took) {
                    String gateway = stack.gatewayUrl();
                    if (seedPeople != null) {
                        try {
                            new RegionSeed(gateway, out).seed(seedPeople);
                        } catch (IOException | InterruptedException e) {
                            out.println("✗ Seeding the region failed: " + e.getMessage() + " (the stack keeps running)");
                        }
                    }
                    out.printf("""

                            Sinergi is up (%.1f s).
                              Gateway:   %s
                              API docs:  %s/q/swagger-ui
                              Token:     TOKEN=$(./sinergi token lapas-registrar)
                                         curl -H "Authorization: Bearer $TOKEN" %s/api/v1/inmates
                              Logs:      %s
                            Stop with Ctrl-C or ./sinergi down.
                            %n""", took.toMillis() / 1000.0, gateway, gateway, gateway,
                            stack.settings().dataDirectory().resolve("logs"));
                }
            });
        }
    }

    @Command(name = "infra", description = {
            "Start only PostgreSQL (a database per service) and Kafka (every topic and dead-letter topic), on the "
                    + "ports ./sinergi up uses, and stay in the foreground (Ctrl-C stops them).",
            "Then run a service in Quarkus dev mode (live reload, Dev UI, continuous testing):",
            "  ./mvnw quarkus:dev -pl inmate-service -am",
            "Its %%dev configuration points at these ports; set the same SINERGI_*_PORT variables for both if you change them."})
    static final class Infra extends StackCommand {

        Infra(Context context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            PrintStream out = context.out();
            out.println("Sinergi infrastructure (PostgreSQL and Kafka only) — data in " + context.settings().dataDirectory());
            return runInForeground("infra", new Starter() {
                @Override
                public void start(Stack stack) throws Stack.StackException {
                    stack.startInfrastructure();
                }

                @Override
                public void started(Stack stack, Duration took) {
                    StackSettings settings = stack.settings();
                    StringBuilder databases = new StringBuilder();
                    for (String database : Stack.databases()) {
                        databases.append(String.format("%n               %s", stack.jdbcUrl(database)));
                    }
                    out.printf("""

                            PostgreSQL and Kafka are up (%.1f s).
                              PostgreSQL:  user %s%s%s
                              Kafka:       %s (%d topics, dead-letter topics included)
                              Logs:        %s
                            Next, in another terminal, run one service in dev mode (live reload, Dev UI at /q/dev-ui):
                              ./mvnw quarkus:dev -pl inmate-service -am     # http://localhost:%d
                              ./mvnw quarkus:dev -pl program-service -am    # http://localhost:%d
                              ./mvnw quarkus:dev -pl liaison-service -am    # http://localhost:%d
                              ./mvnw quarkus:dev -pl gateway -am            # http://localhost:%d, to the services above
                            and call it with a development token:
                              TOKEN=$(./sinergi token lapas-registrar)
                              curl -H "Authorization: Bearer $TOKEN" http://localhost:%d/api/v1/inmates
                            Stop with Ctrl-C or ./sinergi down.
                            %n""", took.toMillis() / 1000.0,
                            settings.postgresUser(), settings.postgresPassword().isEmpty() ? ", no password" : "",
                            databases, stack.kafkaBootstrapServers(), StackTopics.all().size(),
                            settings.dataDirectory().resolve("logs"),
                            settings.port("inmate-service"), settings.port("program-service"),
                            settings.port("liaison-service"), settings.port("gateway"), settings.port("inmate-service"));
                }
            });
        }
    }

    @Command(name = "down", description = "Stop a stack (up or infra) started from this directory in another terminal.")
    static final class Down extends StackCommand {

        Down(Context context) {
            super(context);
        }

        @Override
        public Integer call() throws InterruptedException {
            StackSettings settings = context.settings();
            PrintStream out = context.out();
            Optional<Long> pid = runningPid(settings);
            Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of);
            if (process.isEmpty()) {
                out.println("Sinergi is not running.");
                return 0;
            }
            out.println("Stopping Sinergi (pid " + pid.get() + ")…");
            process.get().destroy();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (process.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            if (process.get().isAlive()) {
                out.println("It did not stop within 90 s; see " + settings.dataDirectory().resolve("logs"));
                return 1;
            }
            out.println("Stopped.");
            return 0;
        }
    }

    @Command(name = "status", description = "Say whether a stack runs from this directory, and which (exit code 1 when none).")
    static final class Status extends StackCommand {

        Status(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            StackSettings settings = context.settings();
            Optional<Long> pid = runningPid(settings);
            if (pid.isEmpty()) {
                context.out().println("Sinergi is not running.");
                return 1;
            }
            String what;
            try {
                what = "infra".equals(Files.readString(commandFile(settings)).trim())
                        ? "PostgreSQL and Kafka only (./sinergi infra)" : "the whole system (./sinergi up)";
            } catch (IOException e) {
                what = "started by ./sinergi";
            }
            context.out().println("Sinergi is running (pid " + pid.get() + "): " + what + ".");
            return 0;
        }
    }

    /** The agency a token's caller works for. */
    enum Agency { LAPAS, POLRES, KANWIL }

    @Command(name = "token", description = {
            "Print a DEVELOPMENT token for ROLE, signed with the development key that the local stack, "
                    + "dev mode and the tests trust (never production)."},
            footer = {"", "Example: TOKEN=$(./sinergi token polres-officer --unit POLRES-HSU --hours 2)"})
    static final class Token implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ROLE", description = "One of: ${COMPLETION-CANDIDATES}.",
                completionCandidates = RoleNames.class)
        String role;

        @Option(names = "--sub", paramLabel = "NAME", description = "The token's subject (default dev-ROLE).")
        String subject;

        @Option(names = "--agency", paramLabel = "AGENCY",
                description = "${COMPLETION-CANDIDATES} (default from the role: polres-* POLRES, "
                        + "kanwil-officer and sinergi-admin KANWIL, else LAPAS).")
        Agency agency;

        @Option(names = "--unit", paramLabel = "CODE",
                description = "The agency's unit (default LAPAS-AMUNTAI, POLRES-HSU or KANWIL-KALSEL by agency).")
        String unit;

        @Option(names = "--hours", paramLabel = "N", defaultValue = "8",
                description = "How long the token is valid, 1 to " + MAX_TOKEN_HOURS + " hours (default ${DEFAULT-VALUE}).")
        long hours;

        @Spec
        CommandSpec spec;

        private final Context context;

        Token(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!ROLES.contains(role)) {
                throw new ParameterException(spec.commandLine(), "Unknown role '" + role + "'; one of: "
                        + String.join(", ", ROLES));
            }
            if (hours < 1 || hours > MAX_TOKEN_HOURS) {
                throw new ParameterException(spec.commandLine(), "--hours takes 1 to " + MAX_TOKEN_HOURS + " hours, not " + hours);
            }
            Agency tokenAgency = agency != null ? agency : defaultAgency(role);
            String tokenUnit = unit != null ? unit : switch (tokenAgency) {
                case POLRES -> "POLRES-HSU";
                case KANWIL -> "KANWIL-KALSEL";
                case LAPAS -> "LAPAS-AMUNTAI";
            };
            context.out().println(DevTokens.mint(subject != null ? subject : "dev-" + role, List.of(role),
                    tokenAgency.name(), tokenUnit, Duration.ofHours(hours)));
            return 0;
        }

        static Agency defaultAgency(String role) {
            return role.startsWith("polres") ? Agency.POLRES
                    : role.equals("kanwil-officer") || role.equals("sinergi-admin") ? Agency.KANWIL : Agency.LAPAS;
        }
    }

    /** The roles, for the help text. */
    static final class RoleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ROLES.iterator();
        }
    }
}
