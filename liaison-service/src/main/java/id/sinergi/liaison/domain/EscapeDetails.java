package id.sinergi.liaison.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An escape as inmate.escaped tells it, kept on the urgent notice for the Polres unit: when, where,
 * how, who noticed, and what helps find the person (identifying features, last known contacts the
 * Lapas holds), then the recapture. The features and contacts are personal data kept only while the
 * person is sought: the recapture erases them from the notice (UU 27/2022, see docs/domain-rules.md
 * "Escape and recapture").
 */
public record EscapeDetails(
        UUID escapeId,
        OffsetDateTime escapedAt,
        String place,
        String method,
        String noticedBy,
        IdentifyingFeatures identifyingFeatures,
        List<Contact> lastKnownContacts,
        OffsetDateTime recapturedAt,
        String recapturedBy,
        String recapturePlace) {

    public record IdentifyingFeatures(Integer heightCm, String build, String marks, String description) {
    }

    public record Contact(String name, String relationship, String address, String phone) {
    }

    /** After the recapture: the escape's facts and the recapture, without what was only needed to find the person. */
    public EscapeDetails recaptured(OffsetDateTime at, String by, String where) {
        return new EscapeDetails(escapeId, escapedAt, place, method, noticedBy, null, List.of(), at, by, where);
    }
}
