package id.sinergi.k8s;

import java.util.List;
import java.util.Map;

/** One check of a rendered overlay against the modules' configuration: what is wrong, in words (none: fine). */
@FunctionalInterface
interface Check {

    List<String> problems(Manifests manifests, Map<String, ServiceConfig> configs);
}
