package id.sinergi.platform.http;

/**
 * Which requests only read. GET, HEAD and OPTIONS, and the searches that take their criteria in a
 * JSON body ({@code POST …/search}): a NIK or a name in a URL ends up in the access log of every
 * proxy and ingress on the way, in a body it does not. Such a search is a read wherever reads and
 * writes are told apart: the gateway's in-flight limits, the services' write log, the audit's
 * action name and the {@code Idempotency-Key} the OpenAPI documents offer writes.
 */
public final class Reads {

    /** The last segment of every search-by-body path ({@code /api/v1/inmates/search}). */
    public static final String SEARCH = "/search";

    private Reads() {
    }

    public static boolean isRead(String method, String path) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> true;
            case "POST" -> isSearch(path);
            default -> false;
        };
    }

    /** A path ending in {@code /search} (a trailing slash allowed); never carries an id, so never a write. */
    public static boolean isSearch(String path) {
        if (path == null) {
            return false;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.endsWith(SEARCH);
    }
}
