package id.sinergi.liaison.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Categories of offence that the notification rule can name. Inmate events carry offences as
 * article and law; this table says which laws (and, for the KUHP and child protection laws, which
 * articles) make up each category. Laws are matched by number and year whether written
 * {@code UU 35/2009} or {@code UU No. 35 Tahun 2009}.
 */
public enum OffenceCategory {
    NARCOTICS,
    TERRORISM,
    CORRUPTION,
    SEXUAL_VIOLENCE,
    VIOLENT_CRIME;

    private record Marker(OffenceCategory category, String law, int firstArticle, int lastArticle) {
        boolean matches(String normalisedLaw, Integer article) {
            return containsLaw(normalisedLaw, law)
                    && (firstArticle == 0 || (article != null && article >= firstArticle && article <= lastArticle));
        }
    }

    private static final String KUHP = "kuhp";
    private static final List<Marker> MARKERS = List.of(
            new Marker(NARCOTICS, "35/2009", 0, 0),
            new Marker(NARCOTICS, "5/1997", 0, 0),
            new Marker(TERRORISM, "5/2018", 0, 0),
            new Marker(TERRORISM, "15/2003", 0, 0),
            new Marker(CORRUPTION, "31/1999", 0, 0),
            new Marker(CORRUPTION, "20/2001", 0, 0),
            new Marker(SEXUAL_VIOLENCE, "12/2022", 0, 0),
            new Marker(SEXUAL_VIOLENCE, "35/2014", 81, 82),
            new Marker(SEXUAL_VIOLENCE, "17/2016", 81, 82),
            new Marker(SEXUAL_VIOLENCE, "23/2002", 81, 82),
            new Marker(SEXUAL_VIOLENCE, KUHP, 285, 296),
            new Marker(VIOLENT_CRIME, KUHP, 338, 340),
            new Marker(VIOLENT_CRIME, KUHP, 351, 356),
            new Marker(VIOLENT_CRIME, KUHP, 365, 365),
            new Marker(VIOLENT_CRIME, KUHP, 368, 368));

    private static final Pattern LAW_NUMBER = Pattern.compile("(\\d+)\\s*(?:/|tahun)\\s*(\\d{4})");
    private static final Pattern ARTICLE = Pattern.compile("pasal\\s+(\\d+)");

    /** The categories one offence falls into; empty when none of the table's laws matches. */
    public static Set<OffenceCategory> of(String article, String law) {
        if (law == null) {
            return EnumSet.noneOf(OffenceCategory.class);
        }
        String normalisedLaw = LAW_NUMBER.matcher(law.toLowerCase(Locale.ROOT).replaceAll("\\bno(mor)?\\.?\\s*(?=\\d)", ""))
                .replaceAll("$1/$2");
        Integer articleNumber = null;
        if (article != null) {
            Matcher number = ARTICLE.matcher(article.toLowerCase(Locale.ROOT));
            if (number.find()) {
                articleNumber = Integer.valueOf(number.group(1));
            }
        }
        Set<OffenceCategory> categories = EnumSet.noneOf(OffenceCategory.class);
        for (Marker marker : MARKERS) {
            if (marker.matches(normalisedLaw, articleNumber)) {
                categories.add(marker.category());
            }
        }
        return categories;
    }

    /** {@code 5/1997} must not match inside {@code 35/1997}. */
    private static boolean containsLaw(String text, String law) {
        for (int at = text.indexOf(law); at >= 0; at = text.indexOf(law, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
