package id.sinergi.platform.concurrency;

import id.sinergi.platform.error.Problems;
import jakarta.ws.rs.core.EntityTag;

/**
 * ETags come from an entity's version; updates must say which version they were made from
 * ({@code If-Match}), so a client never overwrites a change it has not seen.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an {@code If-Match} header against the current version: 428 without one, 412 when it
     * names another version. Accepts weak tags and lists, as RFC 9110 allows.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw Problems.preconditionFailed("\"" + current + "\"");
    }
}
