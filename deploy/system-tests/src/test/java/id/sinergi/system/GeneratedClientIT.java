package id.sinergi.system;

import id.sinergi.client.inmate.ApiClient;
import id.sinergi.client.inmate.ApiException;
import id.sinergi.client.inmate.api.InmatesApi;
import id.sinergi.client.inmate.api.InmatesApi.APIAdmitInmateRequest;
import id.sinergi.client.inmate.api.InmatesApi.APIGetInmateRequest;
import id.sinergi.client.inmate.api.InmatesApi.APISearchInmatesRequest;
import id.sinergi.client.inmate.model.AdmissionRequest;
import id.sinergi.client.inmate.model.Inmate;
import id.sinergi.client.inmate.model.InmateBasic;
import id.sinergi.client.inmate.model.InmateBasicPage;
import id.sinergi.client.inmate.model.Offence;
import id.sinergi.client.inmate.model.Problem;
import id.sinergi.client.inmate.model.ProblemViolation;
import id.sinergi.client.inmate.model.RiskLevel;
import id.sinergi.client.inmate.model.Sentence;
import id.sinergi.client.inmate.model.Sex;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client generated from the committed contract (deploy/clients) used as an agency's system
 * uses it, through the gateway with a registrar's token: admit a WBP, find them by NIK, read the
 * record, and refusals that arrive as typed problems.
 */
class GeneratedClientIT {

    private static InmatesApi inmates;

    @BeforeAll
    static void client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningStack.get().gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Actors.REGISTRAR));
        inmates = new InmatesApi(client);
    }

    @Test
    void admitsFindsReadsAndRefusesWithTypedProblems() throws ApiException {
        String nik = Admissions.nik();
        AdmissionRequest admission = new AdmissionRequest()
                .fullName("Rahmat Hidayat").nik(nik).sex(Sex.MALE).nationality("IDN")
                .registerClass(AdmissionRequest.RegisterClassEnum.B_I)
                .addOffencesItem(new Offence().article("Pasal 114 ayat (1)").law("UU 35/2009 tentang Narkotika"))
                .sentence(new Sentence().start(LocalDate.now().minusDays(300)).years(5).months(0).days(0))
                .cellBlock("A-2").riskLevel(RiskLevel.HIGH);

        Inmate admitted = inmates.admitInmate(APIAdmitInmateRequest.newBuilder()
                .admissionRequest(admission).idempotencyKey("client-" + nik).build());
        assertThat(admitted.getRegisterNumber()).startsWith("B.I-");
        assertThat(admitted.getNik()).isEqualTo(nik);

        InmateBasicPage found = inmates.searchInmates(APISearchInmatesRequest.newBuilder().nik(nik).build());
        assertThat(found.getItems()).extracting(InmateBasic::getId).containsExactly(admitted.getId());

        Object read = inmates.getInmate(APIGetInmateRequest.newBuilder().id(admitted.getId()).build()).getActualInstance();
        assertThat(read).isInstanceOfSatisfying(Inmate.class, record -> {
            assertThat(record.getView()).isEqualTo(Inmate.ViewEnum.FULL);
            assertThat(record.getRegisterNumber()).isEqualTo(admitted.getRegisterNumber());
            assertThat(record.getSentence().getYears()).isEqualTo(5);
        });

        Problem unknown = problem(404, () -> inmates.getInmate(APIGetInmateRequest.newBuilder().id(UUID.randomUUID()).build()));
        assertThat(unknown.getType()).isEqualTo(URI.create("https://sinergi.id/problems/not-found"));

        Problem admittedTwice = problem(409, () -> inmates.admitInmate(APIAdmitInmateRequest.newBuilder()
                .admissionRequest(admission).idempotencyKey("client-again-" + nik).build()));
        assertThat(admittedTwice.getType()).isEqualTo(URI.create("https://sinergi.id/problems/open-stay"));

        Problem badNik = problem(400, () -> inmates.searchInmates(APISearchInmatesRequest.newBuilder().nik("63080112").build()));
        assertThat(badNik.getType()).isEqualTo(URI.create("https://sinergi.id/problems/validation-failed"));
        assertThat(badNik.getViolations()).extracting(ProblemViolation::getField).contains("nik");
    }

    /** The typed problem a refused call throws, after checking its HTTP status and the problem's. */
    private static Problem problem(int status, ThrowingCallable call) {
        ApiException refused = catchThrowableOfType(ApiException.class, call);
        assertThat(refused).as("the call must be refused with %d", status).isNotNull();
        assertThat(refused.getCode()).as("%s", refused.getResponseBody()).isEqualTo(status);
        Problem problem = refused.getProblem().orElseThrow(() -> new AssertionError("not a problem: " + refused.getResponseBody()));
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }
}
