package id.sinergi.inmate.rest;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RiskLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Inmate", description = "A WBP in the register.")
public record InmateView(
        @Schema(examples = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") UUID id,
        @Schema(description = "Register number: class, sequence within class and year, year.", examples = "B.I-0123/2026")
        String registerNumber,
        @Schema(implementation = String.class, examples = "B.I") RegisterClass registerClass,
        @Schema(examples = "Ahmad Rizani") String fullName,
        @Schema(examples = "6308011203900001") String nik,
        RiskLevel riskLevel,
        InmateStatus status,
        @Schema(examples = "2026-11-02") LocalDate admittedOn,
        @Schema(description = "Version; the ETag header carries it too.", examples = "0") long version) {

    public static InmateView of(Inmate inmate) {
        return new InmateView(inmate.id, inmate.registerNumber, inmate.registerClass, inmate.fullName, inmate.nik,
                inmate.riskLevel, inmate.status, inmate.admittedOn, inmate.version);
    }
}
