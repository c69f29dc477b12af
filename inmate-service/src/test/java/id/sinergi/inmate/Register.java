package id.sinergi.inmate;

import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.time.FacilityClock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Admissions and reads against the register, as the registry desk would make them. */
final class Register {

    private Register() {
    }

    /**
     * {@code ago} before now, but not before today began in the facility's calendar: what happened
     * to a WBP admitted today cannot be dated before the admission day, and just after midnight "an
     * hour ago" is yesterday.
     */
    static OffsetDateTime earlierToday(FacilityClock clock, Duration ago) {
        Instant earlier = clock.now().minus(ago);
        Instant startOfToday = clock.startOf(clock.today());
        return OffsetDateTime.ofInstant(earlier.isBefore(startOfToday) ? startOfToday : earlier, clock.zone());
    }

    static String randomNik() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_999_999_999_999_999L));
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * A convict's admission; {@code sentenceStart} and the length set the expiry. Imprisonment without a
     * fine (so no substitute custody moves the expiry), in the register class its length belongs in.
     */
    static String convict(String name, String nik, String sentenceStart, int years, int months) {
        return """
                {"fullName":"%s","aliases":["Udin"],"nik":"%s","birthPlace":"Amuntai","birthDate":"1990-03-12",
                 "sex":"MALE","nationality":"IDN","registerClass":"%s",
                 "offences":[{"article":"Pasal 114 ayat (1)","law":"UU 35/2009","description":"Narkotika"}],
                 "sentence":{"start":"%s","years":%d,"months":%d,"days":0},
                 "cellBlock":"A-2","riskLevel":"HIGH"}""".formatted(name, nik, classFor(sentenceStart, years, months),
                sentenceStart, years, months);
    }

    /** The register class of a term of imprisonment (Kepdirjenpas PAS-170.PK.01.01.02 Tahun 2015). */
    static String classFor(String sentenceStart, int years, int months) {
        LocalDate start = LocalDate.parse(sentenceStart);
        LocalDate end = start.plusYears(years).plusMonths(months);
        return end.isAfter(start.plusYears(1)) ? "B.I" : end.isAfter(start.plusMonths(3)) ? "B.IIa" : "B.IIb";
    }

    static String convict(String name) {
        return convict(name, randomNik(), "2026-01-15", 5, 6);
    }

    /** What the Lapas holds to find the person (identifying features, contacts), as admission fields. */
    static final String FEATURES_AND_CONTACTS = """
            "identifyingFeatures":{"heightCm":168,"build":"Sedang, tegap","marks":"Tato naga di lengan kanan",
             "description":"Rambut cepak, logat Banjar"},
            "contacts":[{"name":"Siti Aminah","relationship":"Istri","address":"Jl. Norman Umar No. 12, Amuntai",
             "phone":"+6281234567890"}]""";

    /** An admission body with the identifying features and contacts added. */
    static String described(String admission) {
        return admission.substring(0, admission.lastIndexOf('}')) + "," + FEATURES_AND_CONTACTS + "}";
    }

    static String detainee(String name, String registerClass, LocalDate detentionEndsOn) {
        return """
                {"fullName":"%s","nik":"%s","sex":"FEMALE","nationality":"IDN","registerClass":"%s",
                 "detainingAuthority":"Kejaksaan Negeri Hulu Sungai Utara","detentionEndsOn":"%s",
                 "offences":[{"article":"Pasal 372","law":"KUHP"}],"cellBlock":"W-1","riskLevel":"LOW"}"""
                .formatted(name, randomNik(), registerClass, detentionEndsOn);
    }

    static Response admit(String body) {
        return as(TestTokens.REGISTRAR).body(body).when().post("/api/v1/inmates");
    }

    /** Admits and returns the new WBP's id. */
    static String admitted(String body) {
        return admit(body).then().statusCode(201).extract().jsonPath().getString("id");
    }

    /**
     * An action on the WBP's record, made from the version just read (every action needs
     * {@code If-Match}), as a client that reads before it acts.
     */
    static ValidatableResponse act(String token, String id, String action, String body) {
        return as(token).header("If-Match", etag(id)).body(body).when().post("/api/v1/inmates/" + id + "/" + action).then();
    }

    /** Records a release plan to the given regency (Kemendagri code), from the version just read. */
    static ValidatableResponse planRelease(String id, String regencyCode) {
        return as(TestTokens.REGISTRAR).header("If-Match", etag(id)).body("""
                        {"address":"Jl. Basuki Rahmat No. 12 RT 03","village":"Sungai Malang","district":"Amuntai Tengah",
                         "regencyCode":"%s","regencyName":"Hulu Sungai Utara",
                         "receivedBy":{"name":"Siti Aminah","relationship":"Ibu kandung","phone":"+6281234567890"},
                         "bapas":"Bapas Kelas II Barabai"}""".formatted(regencyCode))
                .when().put("/api/v1/inmates/" + id + "/release-plan").then();
    }

    static String etag(String id) {
        return as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().statusCode(200).extract().header("ETag");
    }
}
