package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register as the Lapas and Polres live it (issue 20), through the gateway with each role's
 * token: people who come back, detentions that move, fines, escapes.
 */
class RegisterStoriesIT {

    private static Gateway gateway;

    private final LocalDate today = LocalDate.now();

    @BeforeAll
    static void stack() {
        gateway = Gateway.of();
    }

    @Test
    void aRecidivistIsReadmittedWithHisEarlierStayShown() {
        String nik = Admissions.nik();
        String first = Admissions.admit(gateway, Admissions.convict("Rudi Hartono", nik, "MEDIUM", 40));
        String firstNumber = StoryIT.ok(gateway.get("/api/v1/inmates/" + first).as(Actors.REGISTRAR).send())
                .path("registerNumber").asText();

        Gateway.Answer whileOpen = gateway.post("/api/v1/inmates").as(Actors.REGISTRAR).json(detainee("Rudi Hartono", nik)).send();
        assertThat(whileOpen.status()).as("%s", whileOpen).isEqualTo(409);
        assertThat(whileOpen.json().path("type").asText()).endsWith("/open-stay");
        assertThat(whileOpen.json().path("openStayId").asText()).isEqualTo(first);

        Gateway.Answer released = gateway.post("/api/v1/inmates/" + first + "/release").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, first))
                .json(Map.of("reason", "END_OF_SENTENCE", "releasedOn", today.toString())).send();
        assertThat(StoryIT.ok(released).path("status").asText()).isEqualTo("RELEASED");

        // Arrested again by Satreskrim Polres HSU: the same person, a new stay.
        String second = Admissions.admit(gateway, detainee("Rudi Hartono alias Rudi Botak", nik));
        JsonNode record = StoryIT.ok(gateway.get("/api/v1/inmates/" + second).as(Actors.REGISTRAR).send());
        assertThat(second).isNotEqualTo(first);
        assertThat(record.path("recidivist").asBoolean()).isTrue();
        assertThat(record.path("personId").asText())
                .isEqualTo(StoryIT.ok(gateway.get("/api/v1/inmates/" + first).as(Actors.REGISTRAR).send()).path("personId").asText());
        assertThat(record.path("earlierStays")).hasSize(1);
        assertThat(record.path("earlierStays").get(0).path("registerNumber").asText()).isEqualTo(firstNumber);
        assertThat(record.path("earlierStays").get(0).path("status").asText()).isEqualTo("RELEASED");

        JsonNode found = StoryIT.ok(gateway.get("/api/v1/inmates?nik=" + nik).as(Actors.REGISTRAR).send());
        assertThat(found.path("items")).hasSize(2);
        assertThat(found.path("items").findValuesAsText("earlierStays")).containsOnly("1");
    }

    /** A detainee of Satreskrim Polres HSU (A.I) whose detention ends in 20 days. */
    private Map<String, Object> detainee(String name, String nik) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", name);
        body.put("nik", nik);
        body.put("sex", "MALE");
        body.put("nationality", "IDN");
        body.put("registerClass", "A.I");
        body.put("detainingAuthority", "Satreskrim Polres Hulu Sungai Utara");
        body.put("detentionEndsOn", today.plusDays(20).toString());
        body.put("offences", List.of(Map.of("article", "Pasal 477", "law", "UU 1/2023", "description", "Pencurian dengan pemberatan")));
        body.put("cellBlock", "C-1");
        body.put("riskLevel", "HIGH");
        return body;
    }
}
