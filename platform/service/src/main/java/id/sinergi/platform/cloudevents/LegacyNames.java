package id.sinergi.platform.cloudevents;

/**
 * What a service does with the CloudEvents names from before issue 24 ({@code type} without the
 * {@code id.sinergi.} prefix, {@code source} as a bare service name), setting
 * {@code sinergi.events.legacy-names} ({@code SINERGI_EVENTS_LEGACY_NAMES}): the three steps of the
 * transition docs/events.md describes.
 */
public enum LegacyNames {

    /**
     * Publishes the old names and accepts both: the first rollout of an upgrade, while replicas that
     * know only the old names still consume (they would skip a new type as unknown).
     */
    PUBLISH,

    /** Publishes the new names and accepts both: the default while the transition lasts. */
    ACCEPT,

    /** Publishes the new names and dead-letters an event with an old one: the transition has ended. */
    REFUSE
}
