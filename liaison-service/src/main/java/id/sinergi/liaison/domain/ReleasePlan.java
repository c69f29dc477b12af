package id.sinergi.liaison.domain;

import java.time.OffsetDateTime;

/**
 * Where a WBP will live after release and who receives them, as the Lapas recorded it before the
 * release (inmate-service, {@code inmate.release-planned}); {@code regencyCode} is the Kemendagri code
 * of the kabupaten/kota ({@code 63.09} Tabalong), by which the notice goes to the Polres covering it.
 */
public record ReleasePlan(String address, String village, String district, String regencyCode, String regencyName,
                          ReceivedBy receivedBy, String bapas, String plannedBy, OffsetDateTime plannedAt) {

    /** The family member or guarantor who receives the person. */
    public record ReceivedBy(String name, String relationship, String phone) {
    }
}
