package id.sinergi.platform.consumer;

/**
 * The one rule of every read model that keeps another service's snapshot of a record: a snapshot
 * replaces the one held only when it is newer, by the producer's version of the record. Events of
 * one record arrive in order on its partition, but an old event re-driven from a dead-letter topic,
 * or replayed after a reset, must not undo newer facts. Equal versions carry the same facts (an
 * event that did not change the record, such as a release-due notice), so they change nothing.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * @param incomingVersion the version of the record the event carries
     * @param heldVersion the version the read model holds; null when it holds none
     */
    public static boolean isNewer(long incomingVersion, Long heldVersion) {
        return heldVersion == null || incomingVersion > heldVersion;
    }
}
