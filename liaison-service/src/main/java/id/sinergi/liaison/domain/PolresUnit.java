package id.sinergi.liaison.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Polres unit (the token's {@code unit} claim) and the regencies/cities it covers, by their Kemendagri
 * codes: whom a release plan's regency is routed to. Its version is the directory entry's (its ETag).
 */
public record PolresUnit(String code, String name, List<Regency> regencies, long version, OffsetDateTime updatedAt,
                         String updatedBy) {

    /** A kabupaten/kota: Kemendagri code ({@code 63.08}) and name. */
    public record Regency(String code, String name) {
    }

    public PolresUnit {
        regencies = List.copyOf(regencies);
    }
}
