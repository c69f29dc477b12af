package id.sinergi.bench.performance;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A flame graph of where a JVM spent its CPU, from the execution samples of a JFR recording
 * ({@code jdk.ExecutionSample}: Java threads caught running), as a self-contained SVG: the root at
 * the bottom, each frame as wide as the share of samples it was on the stack for, its callees
 * stacked above it. Frames under 0.2 % are left out to keep the file small; hovering a frame shows
 * its name and share.
 */
final class FlameGraph {

    private static final int WIDTH = 1200;
    private static final int FRAME_HEIGHT = 16;
    private static final double MIN_SHARE = 0.005;
    private static final int MAX_DEPTH = 96;

    /** One frame of the merged call tree and the samples it was on the stack for. */
    private static final class Node {
        final String name;
        long samples;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        Node child(String name) {
            return children.computeIfAbsent(name, Node::new);
        }
    }

    private final Node root = new Node("all");

    /** Reads every execution sample of a recording into the call tree. */
    static FlameGraph of(Path recording) throws IOException {
        FlameGraph graph = new FlameGraph();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    graph.add(event.getStackTrace());
                }
            }
        }
        return graph;
    }

    long samples() {
        return root.samples;
    }

    /** The methods most often on top of the stack (where the CPU was, not who called it), with their share. */
    List<Map.Entry<String, Double>> hottest(int count) {
        Map<String, Long> self = new LinkedHashMap<>();
        collectSelf(root, self);
        return self.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(count)
                .map(e -> Map.entry(e.getKey(), e.getValue() / (double) Math.max(1, root.samples))).toList();
    }

    private static void collectSelf(Node node, Map<String, Long> self) {
        long inChildren = node.children.values().stream().mapToLong(c -> c.samples).sum();
        if (node.samples > inChildren) {
            self.merge(node.name, node.samples - inChildren, Long::sum);
        }
        node.children.values().forEach(child -> collectSelf(child, self));
    }

    private void add(RecordedStackTrace stack) {
        if (stack == null) {
            return;
        }
        List<RecordedFrame> frames = stack.getFrames();
        root.samples++;
        Node node = root;
        // JFR lists the top of the stack first; the graph grows from the thread's first frame.
        for (int i = frames.size() - 1; i >= 0 && frames.size() - i <= MAX_DEPTH; i--) {
            RecordedFrame frame = frames.get(i);
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            node = node.child(name);
            node.samples++;
        }
    }

    void write(Path file, String title) throws IOException {
        List<String> rects = new ArrayList<>();
        int depth = draw(root, 0, 0, rects);
        int height = (depth + 2) * FRAME_HEIGHT + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"monospace\" font-size=\"11\">%n", WIDTH, height, WIDTH, height));
        svg.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" text-anchor=\"middle\" font-family=\"sans-serif\" "
                + "font-size=\"14\">%s (%d samples)</text>%n", WIDTH / 2, escape(title), root.samples));
        rects.forEach(svg::append);
        svg.append("</svg>\n");
        Files.writeString(file, placeRows(svg.toString(), height));
    }

    /** Lays out a node and its children left to right; returns the deepest depth drawn. */
    private int draw(Node node, double x, int depth, List<String> rects) {
        double width = WIDTH * node.samples / (double) Math.max(1, root.samples);
        double share = node.samples / (double) Math.max(1, root.samples);
        String label = node.name + String.format(Locale.ROOT, " (%.1f %%)", share * 100);
        rects.add(String.format(Locale.ROOT, "<g><title>%s</title><rect x=\"%.2f\" y=\"@Y%d@\" width=\"%.2f\" height=\"%d\" "
                        + "fill=\"%s\" stroke=\"white\" stroke-width=\"0.5\"/>%s</g>%n",
                escape(label), x, depth, width, FRAME_HEIGHT - 1, colour(node.name),
                width > 40 ? String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"@T%d@\">%s</text>", x + 3, depth,
                        escape(fit(node.name, width))) : ""));
        int deepest = depth;
        double childX = x;
        List<Node> children = new ArrayList<>(node.children.values());
        children.sort(Comparator.comparing(child -> child.name));
        for (Node child : children) {
            if (child.samples / (double) root.samples >= MIN_SHARE) {
                deepest = Math.max(deepest, draw(child, childX, depth + 1, rects));
            }
            childX += WIDTH * child.samples / (double) root.samples;
        }
        return deepest;
    }

    /** Frames were laid out by depth; the root goes at the bottom and each callee one row above its caller. */
    private static String placeRows(String svg, int height) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("@([YT])(\\d+)@").matcher(svg);
        while (matcher.find()) {
            int depth = Integer.parseInt(matcher.group(2));
            int y = height - 10 - (depth + 1) * FRAME_HEIGHT;
            matcher.appendReplacement(out, String.valueOf(matcher.group(1).equals("Y") ? y : y + FRAME_HEIGHT - 4));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Warm colours for the application and its libraries, cooler for the JDK, so the eye finds Sinergi's code. */
    private static String colour(String frame) {
        int hash = Math.abs(frame.hashCode() % 40);
        if (frame.startsWith("id.sinergi.")) {
            return "rgb(" + (60 + hash) + "," + (150 + hash) + ",220)";
        }
        if (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")) {
            return "rgb(" + (200 + hash) + "," + (200 + hash / 2) + ",110)";
        }
        return "rgb(230," + (110 + hash * 2) + ",60)";
    }

    private static String fit(String name, double width) {
        int characters = (int) ((width - 6) / 6.6);
        return name.length() <= characters ? name : name.substring(0, Math.max(0, characters - 1)) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
