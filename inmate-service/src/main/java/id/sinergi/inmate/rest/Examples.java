package id.sinergi.inmate.rest;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    static final String INMATE_ID = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10";

    static final String ADMISSION_CONVICT = """
            {
              "fullName": "Ahmad Rizani",
              "aliases": ["Udin"],
              "nik": "6308011203900001",
              "birthPlace": "Amuntai",
              "birthDate": "1990-03-12",
              "sex": "MALE",
              "nationality": "IDN",
              "registerClass": "B.I",
              "offences": [
                { "article": "Pasal 114 ayat (1)", "law": "UU 35/2009 tentang Narkotika", "description": "Peredaran narkotika golongan I" }
              ],
              "sentence": { "start": "2026-01-15", "years": 5, "months": 6, "days": 0, "fineAmount": 1000000000, "fineSubstituteDays": 90 },
              "cellBlock": "A-2",
              "riskLevel": "HIGH",
              "admittedOn": "2026-11-02"
            }""";

    static final String ADMISSION_DETAINEE = """
            {
              "fullName": "Siti Rahmah",
              "nik": "6308014507950002",
              "sex": "FEMALE",
              "nationality": "IDN",
              "registerClass": "A.II",
              "detainingAuthority": "Kejaksaan Negeri Hulu Sungai Utara",
              "detentionEndsOn": "2026-12-10",
              "offences": [ { "article": "Pasal 372", "law": "KUHP", "description": "Penggelapan" } ],
              "cellBlock": "W-1",
              "riskLevel": "LOW"
            }""";

    static final String INMATE = """
            {
              "view": "FULL",
              "id": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0123/2026",
              "registerClass": "B.I",
              "fullName": "Ahmad Rizani",
              "aliases": ["Udin"],
              "nik": "6308011203900001",
              "birthPlace": "Amuntai",
              "birthDate": "1990-03-12",
              "sex": "MALE",
              "nationality": "IDN",
              "detainingAuthority": null,
              "detentionEndsOn": null,
              "offences": [
                { "article": "Pasal 114 ayat (1)", "law": "UU 35/2009 tentang Narkotika", "description": "Peredaran narkotika golongan I" }
              ],
              "sentence": { "start": "2026-01-15", "years": 5, "months": 6, "days": 0, "fineAmount": 1000000000.00,
                            "fineSubstituteDays": 90, "remissionDays": 0, "expiresOn": "2031-07-15" },
              "facility": "LAPAS-AMUNTAI",
              "cellBlock": "A-2",
              "riskLevel": "HIGH",
              "status": "IN_CUSTODY",
              "location": "IN_FACILITY",
              "admittedOn": "2026-11-02",
              "leftOn": null,
              "releaseReason": null,
              "transferredTo": null,
              "allowedActions": ["update-personal-details", "assess-risk", "move-out", "move-cell", "transfer", "grant-remission", "release"],
              "version": 0
            }""";

    static final String INMATE_BASIC = """
            {
              "view": "BASIC",
              "id": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0123/2026",
              "registerClass": "B.I",
              "fullName": "Ahmad Rizani",
              "aliases": ["Udin"],
              "sex": "MALE",
              "birthDate": "1990-03-12",
              "status": "IN_CUSTODY",
              "location": "IN_FACILITY",
              "facility": "LAPAS-AMUNTAI",
              "cellBlock": "A-2",
              "riskLevel": "HIGH",
              "expectedRelease": "2031-07-15",
              "version": 0
            }""";

    static final String SEARCH_RESULT = """
            {
              "items": [""" + INMATE_BASIC + """
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    static final String PERSONAL_DETAILS = """
            {
              "fullName": "Ahmad Rizani",
              "aliases": ["Udin", "Rizan"],
              "nik": "6308011203900001",
              "birthPlace": "Amuntai",
              "birthDate": "1990-03-12",
              "sex": "MALE",
              "nationality": "IDN"
            }""";

    static final String KEY_DATES = """
            {
              "sentenceStart": "2026-01-15",
              "remissionDays": 30,
              "oneThird": "2027-11-04",
              "half": "2028-10-14",
              "twoThirds": "2029-09-23",
              "expiry": "2031-06-15",
              "paroleEligibleFrom": "2029-09-23",
              "detentionEndsOn": null
            }""";

    static final String TIMELINE = """
            {
              "items": [
                { "at": "2026-11-20T02:10:00Z", "kind": "inmate.moved", "summary": "Out to Pengadilan Negeri Amuntai (COURT)",
                  "actor": "registrar-1", "details": { "direction": "OUT", "kind": "COURT", "destination": "Pengadilan Negeri Amuntai" } },
                { "at": "2026-11-02T01:15:30Z", "kind": "inmate.admitted", "summary": "Admitted as B.I-0123/2026",
                  "actor": "registrar-1", "details": { "admittedOn": "2026-11-02" } }
              ],
              "page": 0, "size": 20, "total": 2
            }""";

    static final String ACCESS_LOG = """
            {
              "items": [
                { "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10", "actor": "officer-7", "agency": "POLRES",
                  "unit": "POLRES-HSU", "purpose": "LP/B/45/XI/2026 investigation", "at": "2026-11-21T03:00:00Z" }
              ],
              "page": 0, "size": 20, "total": 1
            }""";

    static final String RISK_ASSESSMENT = """
            { "level": "HIGH", "reason": "Found with a contraband phone; contacts with a narcotics network" }""";

    static final String MOVE_OUT = """
            { "kind": "COURT", "destination": "Pengadilan Negeri Amuntai", "reference": "123/Pid.Sus/2026/PN Amt" }""";

    static final String CELL_MOVE = """
            { "toBlock": "B-1", "reason": "Separated after a fight" }""";

    static final String TRANSFER = """
            { "toFacility": "LAPAS-BANJARMASIN", "transferredOn": "2026-11-28", "decreeNumber": "W15.PAS.PK.01.05-1234" }""";

    static final String REMISSION = """
            { "days": 30, "decreeNumber": "PAS-1234.PK.01.01.02/2026", "grantedOn": "2026-08-17" }""";

    static final String CLASS_CHANGE = """
            {
              "registerClass": "B.I",
              "sentence": { "start": "2026-09-01", "years": 2, "months": 0, "days": 0 },
              "verdictNumber": "123/Pid.B/2026/PN Amt"
            }""";

    static final String RELEASE = """
            { "reason": "PAROLE", "releasedOn": "2026-11-28", "decreeNumber": "PAS-1530.PK.05.09/2026" }""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/validation-failed",
              "status": 400,
              "title": "Bad Request",
              "instance": "/api/v1/inmates",
              "violations": [ { "field": "nik", "in": "body", "message": "must be exactly 16 digits" } ]
            }""";

    static final String RULE_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/sentence-required",
              "status": 422,
              "title": "Unprocessable Content",
              "detail": "a convict (B class) needs the sentence",
              "field": "sentence"
            }""";

    static final String DUPLICATE_NIK_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/duplicate-nik",
              "status": 409,
              "title": "Conflict",
              "detail": "a WBP with this NIK is already in the register"
            }""";

    static final String TRANSITION_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/transition-not-allowed",
              "status": 409,
              "title": "Conflict",
              "detail": "'release' is not allowed while the resource is RELEASED",
              "state": "RELEASED",
              "allowedActions": []
            }""";

    static final String NOT_FOUND_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/not-found",
              "status": 404,
              "title": "Not Found",
              "detail": "Inmate 0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10 does not exist or is not yours to see"
            }""";

    static final String PRECONDITION_FAILED_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/precondition-failed",
              "status": 412,
              "title": "Precondition Failed",
              "detail": "the resource changed since you read it; read it again and retry with its new ETag",
              "currentEtag": "\\"4\\""
            }""";

    static final String UNAUTHORIZED_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/unauthorized",
              "status": 401,
              "title": "Unauthorized",
              "detail": "a valid bearer token from the agencies' identity provider is required"
            }""";

    private Examples() {
    }
}
