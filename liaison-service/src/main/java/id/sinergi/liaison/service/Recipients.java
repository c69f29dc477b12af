package id.sinergi.liaison.service;

import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.Notification.Routing;
import id.sinergi.liaison.domain.PolresUnit;
import id.sinergi.liaison.domain.ReleasePlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that decides which Polres unit a notice or a record of a facility goes to. A Polres
 * covers one kabupaten/kota (V13's sources), so by default that is the unit covering the regency of
 * the facility (its {@code regencyCode} in the region's directory, {@link Facilities}); more specific
 * rules win: a release plan's regency for release notices, the detaining unit for a police detainee's
 * detention notice. Only when liaison does not know the facility, its regency or a unit covering it
 * does the configured unit ({@code sinergi.liaison.polres-unit}) get it, and the routing says so.
 */
@ApplicationScoped
public class Recipients {

    /** The unit, and why that one. */
    public record Recipient(String unit, Routing routing) {
    }

    @Inject
    Facilities facilities;

    @Inject
    PolresDirectory directory;

    @Inject
    LiaisonConfig config;

    /** The unit covering the facility's regency, if liaison knows the facility, its regency and such a unit. */
    private Optional<String> covering(String facility) {
        return Optional.ofNullable(facility).flatMap(facilities::find).map(f -> f.regencyCode)
                .flatMap(directory::covering).map(PolresUnit::code);
    }

    /** The unit a record of the facility is held with when none is named (incidents, meetings, joint operations). */
    public String ofFacility(String facility) {
        return covering(facility).orElseGet(config::polresUnit);
    }

    /** An escape, or anything else about a WBP of {@code facility} with no more specific rule. */
    public Recipient forFacility(String facility) {
        return covering(facility).map(unit -> new Recipient(unit, Routing.FACILITY_UNIT))
                .orElseGet(() -> new Recipient(config.polresUnit(), Routing.HOME_UNIT));
    }

    /**
     * A release notice: the unit covering the release plan's regency; without a plan, or for a regency no
     * unit covers, the facility's unit.
     */
    public Recipient release(String facility, Optional<ReleasePlan> plan) {
        if (plan.isPresent()) {
            Optional<String> planned = directory.covering(plan.get().regencyCode()).map(PolresUnit::code);
            if (planned.isPresent()) {
                return new Recipient(planned.get(), Routing.REGENCY_UNIT);
            }
        }
        boolean noPlan = plan.isEmpty();
        return covering(facility)
                .map(unit -> new Recipient(unit, noPlan ? Routing.FACILITY_UNIT_NO_PLAN : Routing.FACILITY_UNIT_NO_UNIT_FOR_REGENCY))
                .orElseGet(() -> new Recipient(config.polresUnit(),
                        noPlan ? Routing.HOME_UNIT_NO_PLAN : Routing.HOME_UNIT_NO_UNIT_FOR_REGENCY));
    }

    /**
     * The detention notice of a detainee of a police investigator (class A.I, held for the investigator:
     * KUHAP, UU 8/1981, art. 24): the detaining unit when {@code detainingAuthority} names one of the
     * directory (its code, or its name as in "Satreskrim Polres Hulu Sungai Utara"), else the facility's unit.
     */
    public Recipient detention(String facility, String detainingAuthority) {
        return detaining(detainingAuthority).map(unit -> new Recipient(unit, Routing.DETAINING_UNIT))
                .orElseGet(() -> forFacility(facility));
    }

    /**
     * The unit an authority's text names. Names are matched as whole words and the longest wins, so
     * "Polres Banjarbaru" is not taken for "Polres Banjar".
     */
    private Optional<String> detaining(String authority) {
        if (authority == null || authority.isBlank()) {
            return Optional.empty();
        }
        String text = authority.strip();
        return directory.units().stream()
                .filter(unit -> unit.code().equalsIgnoreCase(text) || names(unit.name(), text))
                .max(Comparator.comparingInt(unit -> unit.name().length()))
                .map(PolresUnit::code);
    }

    private static boolean names(String name, String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip().toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}])").matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
