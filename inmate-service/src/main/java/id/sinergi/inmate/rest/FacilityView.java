package id.sinergi.inmate.rest;

import id.sinergi.inmate.domain.Facility;
import id.sinergi.inmate.domain.FacilityKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Facility", description = "A facility of the region's directory (UPT Pemasyarakatan of the Kanwil).")
public record FacilityView(
        @Schema(examples = "LAPAS-AMUNTAI") String code,
        @Schema(examples = "Lapas Kelas IIB Amuntai") String name,
        FacilityKind kind,
        @Schema(examples = "IIB") String facilityClass,
        @Schema(description = "IANA time zone of the facility's calendar", examples = "Asia/Makassar") String timeZone,
        @Schema(description = "Kemendagri regency code", examples = "63.08") String regencyCode,
        @Schema(examples = "Kabupaten Hulu Sungai Utara") String regencyName,
        @Schema(description = "The version its ETag names") long version,
        OffsetDateTime updatedAt,
        @Schema(description = "Who changed it last (the admin's subject, or the migration that seeded it)") String updatedBy) {

    public static FacilityView of(Facility facility) {
        return new FacilityView(facility.code, facility.name, facility.kind, facility.facilityClass, facility.timeZone,
                facility.regencyCode, facility.regencyName, facility.version, facility.updatedAt, facility.updatedBy);
    }

    @Schema(name = "Facilities", description = "Every facility of the directory, by code (a small list: not paged).")
    public record Listing(List<FacilityView> items) {
    }
}
