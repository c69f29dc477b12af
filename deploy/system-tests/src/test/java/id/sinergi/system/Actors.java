package id.sinergi.system;

import id.sinergi.local.DevTokens;

import java.time.Duration;
import java.util.List;

/**
 * The people behind the agency systems, each with a development token for one role: Lapas staff of
 * Lapas Amuntai, officers of Polres Hulu Sungai Utara (the unit release notifications go to), the
 * regional office (an auditor and a Kanwil officer of Kanwil Kalimantan Selatan) and the keeper of the
 * region's directories.
 */
final class Actors {

    static final String FACILITY = "LAPAS-AMUNTAI";
    static final String POLRES_UNIT = "POLRES-HSU";
    static final String REGION = "KANWIL-KALSEL";

    static final List<String> ROLES = List.of("lapas-registrar", "lapas-program-officer", "lapas-security",
            "lapas-liaison", "lapas-head", "polres-officer", "polres-head", "auditor", "kanwil-officer", "sinergi-admin");

    static final String REGISTRAR = token("registrar-1", "lapas-registrar");
    static final String PROGRAM_OFFICER = token("program-officer-1", "lapas-program-officer");
    static final String SECURITY = token("kamtib-1", "lapas-security");
    static final String LIAISON = token("liaison-officer-1", "lapas-liaison");
    static final String HEAD = token("kalapas", "lapas-head");
    static final String POLRES_OFFICER = token("officer-7", "polres-officer");
    static final String OTHER_POLRES_OFFICER = token("officer-8", "polres-officer");
    static final String POLRES_HEAD = token("kapolres", "polres-head");
    static final String AUDITOR = token("auditor-1", "auditor");
    static final String KANWIL_OFFICER = token("kanwil-1", "kanwil-officer");
    static final String ADMIN = token("admin-1", "sinergi-admin");

    private Actors() {
    }

    /** A token for one role, from the agency and unit the role belongs to (the auditor is the Kanwil's, regional). */
    static String token(String subject, String role) {
        return token(subject, role, switch (agency(role)) {
            case "POLRES" -> POLRES_UNIT;
            case "KANWIL" -> REGION;
            default -> FACILITY;
        });
    }

    /** A token for one role of the given unit (a facility, a Polres unit for Polres roles, the region for the Kanwil's). */
    static String token(String subject, String role, String unit) {
        return token(subject, role, unit, agency(role));
    }

    /** A token with every claim given: an auditor of a facility is {@code ("auditor", facility, "LAPAS")}. */
    static String token(String subject, String role, String unit, String agency) {
        return DevTokens.mint(subject, List.of(role), agency, unit, Duration.ofHours(8));
    }

    private static String agency(String role) {
        if (role.startsWith("polres-")) {
            return "POLRES";
        }
        return role.equals("auditor") || role.equals("kanwil-officer") || role.equals("sinergi-admin") ? "KANWIL" : "LAPAS";
    }

    /** The token of the first actor above with this role. */
    static String of(String role) {
        return switch (role) {
            case "lapas-registrar" -> REGISTRAR;
            case "lapas-program-officer" -> PROGRAM_OFFICER;
            case "lapas-security" -> SECURITY;
            case "lapas-liaison" -> LIAISON;
            case "lapas-head" -> HEAD;
            case "polres-officer" -> POLRES_OFFICER;
            case "polres-head" -> POLRES_HEAD;
            case "auditor" -> AUDITOR;
            case "kanwil-officer" -> KANWIL_OFFICER;
            case "sinergi-admin" -> ADMIN;
            default -> throw new IllegalArgumentException("no such role: " + role);
        };
    }
}
