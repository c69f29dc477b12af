package id.sinergi.platform.testing;

import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.error.ProblemTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that every problem a module's code can raise has its texts in both languages: it reads the
 * throw sites from the module's sources ({@code Problems.invalidField("sentence-empty", …)},
 * {@code Problems.notFound("inmate", id)}, {@code QueryParameters.invalid(name, value, "date")}),
 * works out the keys each needs ({@code <slug>.title}, {@code <slug>.detail[.<variant>]}) and looks
 * them up in the module's bundle and the platform's, English and Indonesian. A module's test
 * asserts that each list below is empty:
 * <ul>
 *   <li>{@link #missing()}: a key a throw site needs that a language lacks;</li>
 *   <li>{@link #unused()}: a key of the module's own bundle that no throw site needs;</li>
 *   <li>{@link #unreadable()}: a throw site that does not name its texts by a literal, or still
 *       passes prose (a string literal with a space) instead of values;</li>
 *   <li>{@link #mismatched()}: a template whose placeholders differ between the languages, or use
 *       more values than its throw site gives.</li>
 * </ul>
 */
public final class ProblemTextsCheck {

    private static final Pattern QUALIFIED = Pattern.compile("\\b(Problems|QueryParameters)\\s*\\.\\s*(\\w+)\\s*\\(");
    private static final Pattern UNQUALIFIED = Pattern.compile("(?<![.\\w])(problem|invalid)\\s*\\(");
    private static final Pattern PART = Pattern.compile("\\bPart\\s*\\.\\s*of\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern FILE_CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]*)\"\\s*;");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    private static final Pattern CONSTANT = Pattern.compile("ProblemTypes\\.([A-Z_]+)");
    /** The files that forward a caller's id; their own calls with a computed id are not throw sites. */
    private static final Set<String> FORWARDERS = Set.of("Problems.java", "QueryParameters.java");

    private final String bundle;
    private final List<Through> helpers;
    private final Map<String, List<Site>> used = new TreeMap<>();
    private final List<String> unreadable = new ArrayList<>();
    private final Predicate<String> usedElsewhere;
    /** The string constants of the file being read ({@code WHAT = "agreement"}). */
    private Map<String, String> constants = Map.of();

    private record Site(String where, int values) {
    }

    /**
     * A module's own method that hands a literal on to a factory of {@code Problems}: {@code
     * scope.require(programme, "enrolment", id)} reaches {@code Problems.notFound(what, id)}. Its
     * argument {@code argument} (from 0; negative: from the last, -1) is read as the id, after {@code prefix} ({@code "not-found."}).
     */
    public record Through(String method, int argument, String prefix) {
    }

    /** How a factory method names its texts: the argument holding the id, the prefix before it, and the values after it. */
    private record Shape(int idArgument, String prefix, int firstValue, int extraValues) {
    }

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("problem", new Shape(1, "", 2, 0)),
            Map.entry("invalidField", new Shape(0, "", 2, 0)),
            Map.entry("conflict", new Shape(0, "", 1, 0)),
            Map.entry("unprocessable", new Shape(0, "", 1, 0)),
            Map.entry("notFound", new Shape(0, "not-found.", 1, 0)),
            Map.entry("forbidden", new Shape(0, "forbidden.", 1, 0)),
            Map.entry("badRequest", new Shape(0, "bad-request.", 1, 0)),
            Map.entry("bodyTooLarge", new Shape(1, "body-too-large.", 2, 1)),
            // the parameter's name is {0}
            Map.entry("invalidQueryParameter", new Shape(1, "invalid-query-parameter.", 2, 1)),
            // the parameter's name and value are {0} and {1}
            Map.entry("invalid", new Shape(2, "invalid-query-parameter.", 3, 2)));

    private ProblemTextsCheck(String bundle, Predicate<String> usedElsewhere, List<Through> helpers) {
        this.bundle = bundle;
        this.usedElsewhere = usedElsewhere;
        this.helpers = helpers;
    }

    /** The throw sites under {@code sources} against {@code bundle} (with the platform's bundle behind it). */
    public static ProblemTextsCheck of(String bundle, Path... sources) {
        return of(bundle, key -> false, sources);
    }

    /** As {@link #of(String, Path...)}, reading also the literals that the module's {@code helpers} hand on. */
    public static ProblemTextsCheck of(String bundle, List<Through> helpers, Path... sources) {
        return scanAll(new ProblemTextsCheck(bundle, key -> false, helpers), sources);
    }

    /** As {@link #of(String, Path...)}, with keys that code uses without naming them (the framework's types). */
    public static ProblemTextsCheck of(String bundle, Predicate<String> usedElsewhere, Path... sources) {
        return scanAll(new ProblemTextsCheck(bundle, usedElsewhere, List.of()), sources);
    }

    private static ProblemTextsCheck scanAll(ProblemTextsCheck check, Path... sources) {
        for (Path root : sources) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(check::scan);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return check;
    }

    /**
     * Everything wrong with the texts: throw sites whose texts cannot be read, texts missing in a
     * language, texts no throw site uses, placeholders that do not match. A module's completeness
     * test expects none.
     */
    public List<String> findings() {
        List<String> findings = new ArrayList<>(unreadable());
        findings.addAll(missing());
        findings.addAll(unused());
        findings.addAll(mismatched());
        return findings;
    }

    /** The keys the throw sites need, each with where it is needed. */
    public Set<String> usedKeys() {
        return used.keySet();
    }

    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String key : used.keySet()) {
            for (var language : ProblemTexts.LANGUAGES) {
                if (template(key, language) == null) {
                    missing.add(key + " [" + language.getLanguage() + "] needed at " + used.get(key).get(0).where());
                }
            }
        }
        return missing;
    }

    public List<String> unused() {
        List<String> unused = new ArrayList<>();
        for (var language : ProblemTexts.LANGUAGES) {
            for (String key : new TreeSet<>(file(bundle, language).stringPropertyNames())) {
                if (!used.containsKey(key) && !usedElsewhere.test(key)) {
                    unused.add(key + " [" + language.getLanguage() + "] of " + bundle);
                }
            }
        }
        return unused;
    }

    public List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    public List<String> mismatched() {
        List<String> mismatched = new ArrayList<>();
        Properties english = file(bundle, ProblemTexts.ENGLISH);
        Properties indonesian = file(bundle, ProblemTexts.INDONESIAN);
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (indonesian.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(indonesian.getProperty(key)))) {
                mismatched.add(key + ": English has " + placeholders(english.getProperty(key)) + ", Indonesian "
                        + placeholders(indonesian.getProperty(key)));
            }
        }
        used.forEach((key, sites) -> {
            String template = template(key, ProblemTexts.ENGLISH);
            int needed = template == null ? 0 : placeholders(template).stream().mapToInt(i -> i + 1).max().orElse(0);
            for (Site site : sites) {
                if (site.values() >= 0 && site.values() < needed) {
                    mismatched.add(key + " uses " + needed + " values; " + site.where() + " gives " + site.values());
                }
            }
        });
        return mismatched;
    }

    /**
     * The constraint messages of the sources that lack a language: each {@code message = "{key}"} of a
     * constraint must be in the module's {@code ValidationMessages.properties} and
     * {@code ValidationMessages_id.properties}, and a message written out in the annotation (English
     * only) is listed too; so is a key of those files that no annotation uses.
     */
    public static List<String> validationMessages(Path... sources) {
        Pattern message = Pattern.compile("\\bmessage\\s*=\\s*\"([^\"]*)\"");
        Set<String> keys = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Path root : sources) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    Matcher m = message.matcher(Files.readString(file));
                    while (m.find()) {
                        String text = m.group(1);
                        if (text.startsWith("{") && text.endsWith("}")) {
                            keys.add(text.substring(1, text.length() - 1));
                        } else {
                            problems.add(file.getFileName() + ": message \"" + text + "\" is not a key of ValidationMessages");
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (var language : ProblemTexts.LANGUAGES) {
            Properties messages = file("ValidationMessages", language);
            keys.stream().filter(key -> !messages.containsKey(key))
                    .forEach(key -> problems.add(key + " [" + language.getLanguage() + "] is missing"));
            messages.stringPropertyNames().stream().filter(key -> !keys.contains(key)).sorted()
                    .forEach(key -> problems.add(key + " [" + language.getLanguage() + "] is used by no constraint"));
        }
        return problems;
    }

    /** The template of {@code key} in exactly this language, from the module's bundle or the platform's. */
    private String template(String key, java.util.Locale language) {
        for (String base : List.of(bundle, ProblemTexts.PLATFORM_BUNDLE)) {
            String text = file(base, language).getProperty(key);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static Set<Integer> placeholders(String template) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    /** A bundle's own file in one language (not its parents'): empty when it has none. */
    public static Properties file(String base, java.util.Locale language) {
        String name = base.replace('.', '/') + (language.equals(ProblemTexts.ENGLISH) ? "" : "_" + language.getLanguage()) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ProblemTextsCheck.class.getClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private void scan(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean forwarder = FORWARDERS.contains(file.getFileName().toString());
        constants = new java.util.HashMap<>();
        Matcher constant = FILE_CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Matcher qualified = QUALIFIED.matcher(source);
        while (qualified.find()) {
            site(file, source, qualified.group(2), qualified.end() - 1, forwarder);
        }
        Matcher part = PART.matcher(source);
        while (part.find()) {
            String where = file.getFileName() + ":" + (1 + source.substring(0, part.start()).chars().filter(c -> c == '\n').count());
            used.computeIfAbsent(part.group(1), k -> new ArrayList<>()).add(new Site(where, -1));
        }
        for (Through helper : helpers) {
            Matcher call = Pattern.compile("(?<![\\w])" + Pattern.quote(helper.method()) + "\\s*\\(").matcher(source);
            while (call.find()) {
                if (isDeclaration(source, call.start())) {
                    continue;
                }
                List<String> arguments = arguments(source, call.end() - 1);
                int index = helper.argument() < 0 ? arguments.size() + helper.argument() : helper.argument();
                String id = index >= 0 && index < arguments.size() ? resolve(arguments.get(index)) : null;
                if (id != null) {
                    String where = file.getFileName() + ":" + (1 + source.substring(0, call.start()).chars().filter(c -> c == '\n').count());
                    use(helper.prefix() + id, where, -1);
                }
            }
        }
        if (forwarder) {
            Matcher unqualified = UNQUALIFIED.matcher(source);
            while (unqualified.find()) {
                if (!isDeclaration(source, unqualified.start())) {
                    site(file, source, unqualified.group(1), unqualified.end() - 1, true);
                }
            }
        }
    }

    private void site(Path file, String source, String method, int open, boolean forwarder) {
        Shape shape = SHAPES.get(method);
        if (shape == null) {
            return;
        }
        List<String> arguments = arguments(source, open);
        String where = file.getFileName() + ":" + (1 + source.substring(0, open).chars().filter(c -> c == '\n').count());
        if (arguments.size() <= shape.idArgument()) {
            return; // a method reference or a declaration
        }
        String id = resolve(arguments.get(shape.idArgument()));
        if (id == null) {
            // A parameter handed on (what, in a helper declared as Through) is read where it is written.
            if (!forwarder && !arguments.get(shape.idArgument()).matches("[a-z][A-Za-z0-9]*")) {
                unreadable.add(where + ": " + method + " names its texts by " + arguments.get(shape.idArgument())
                        + ", not by a literal");
            }
            return;
        }
        for (int i = shape.firstValue(); i < arguments.size(); i++) {
            String argument = arguments.get(i).strip();
            if (argument.startsWith("\"") && argument.contains(" ")) {
                unreadable.add(where + ": " + method + "(" + id + ") passes the text " + argument + "; give values, the bundle has the text");
            }
        }
        int values = Math.max(0, arguments.size() - shape.firstValue()) + shape.extraValues();
        use(shape.prefix() + id, where, forwarder ? -1 : values);
    }

    /** The title and the detail an id ({@code <slug>[.<variant>]}) needs; {@code values} -1 when unknown. */
    private void use(String id, String where, int values) {
        int dot = id.indexOf('.');
        String slug = dot < 0 ? id : id.substring(0, dot);
        String detail = slug + ".detail" + (dot < 0 ? "" : "." + id.substring(dot + 1));
        used.computeIfAbsent(slug + ".title", k -> new ArrayList<>()).add(new Site(where, -1));
        used.computeIfAbsent(detail, k -> new ArrayList<>()).add(new Site(where, values));
    }

    /** A string literal's value, a constant's of the file, or a ProblemTypes constant's; null for anything computed. */
    private String resolve(String argument) {
        String text = argument.strip();
        if (constants.containsKey(text)) {
            return constants.get(text);
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") && text.indexOf('"', 1) == text.length() - 1) {
            return text.substring(1, text.length() - 1);
        }
        Matcher constant = CONSTANT.matcher(text);
        if (constant.matches()) {
            try {
                Field field = ProblemTypes.class.getField(constant.group(1));
                return Modifier.isStatic(field.getModifiers()) ? (String) field.get(null) : null;
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return null;
    }

    /** {@code Problem notFound(} and the like: a type name before the method's name. */
    private static boolean isDeclaration(String source, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(source.charAt(i))) {
            i--;
        }
        if (i >= 0 && source.charAt(i) == '.') {
            return false; // a call on something: scope.require(…)
        }
        int end = i + 1;
        while (i >= 0 && (Character.isJavaIdentifierPart(source.charAt(i)) || source.charAt(i) == '.')) {
            i--;
        }
        String before = source.substring(i + 1, end);
        return !before.isEmpty() && !before.equals("return") && !before.equals("throw") && Character.isJavaIdentifierStart(before.charAt(0));
    }

    /** The top-level arguments of the call whose '(' is at {@code open}. */
    private static List<String> arguments(String source, int open) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank()) {
                        arguments.add(current.toString().strip());
                    }
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }

    private static int endOfLiteral(String source, int start) {
        char quote = source.charAt(start);
        if (quote == '"' && source.startsWith("\"\"\"", start)) {
            return source.indexOf("\"\"\"", start + 3) + 2;
        }
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return source.length() - 1;
    }
}
