package id.sinergi.k8s;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each overlay rendered once per test run; every caller gets its own copy to read or break. */
final class Overlays {

    static final List<String> NAMES = List.of("dev", "prod");
    static final Map<String, ServiceConfig> CONFIGS = ServiceConfig.all();

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static Manifests render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render).copy();
    }
}
