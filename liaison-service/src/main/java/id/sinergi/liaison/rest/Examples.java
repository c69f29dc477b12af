package id.sinergi.liaison.rest;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String NOTIFICATION = """
            {
              "id": "2d4f6a8c-0e1f-4a3b-9c5d-7e9f1a2b3c4d",
              "kind": "RELEASE_DUE",
              "audience": "POLRES",
              "recipient": "POLRES-HSU",
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0123/2026",
              "threshold": "D-7",
              "daysBefore": 7,
              "dueOn": "2026-12-28",
              "reason": "END_OF_SENTENCE",
              "riskLevel": "HIGH",
              "state": "OPEN",
              "overdue": false,
              "issuedAt": "2026-12-21T00:15:02Z",
              "acknowledgeBy": "2026-12-23T00:15:02Z",
              "acknowledgedBy": null,
              "acknowledgedUnit": null,
              "acknowledgedAt": null,
              "acknowledgementNote": null,
              "escalatedAt": null,
              "escalatesTo": "polres-head",
              "summary": {
                "inmate": {
                  "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
                  "registerNumber": "B.I-0123/2026",
                  "registerClass": "B.I",
                  "fullName": "Ahmad Rizani",
                  "riskLevel": "HIGH",
                  "status": "IN_CUSTODY",
                  "location": "IN_FACILITY",
                  "facility": "LAPAS-AMUNTAI",
                  "cellBlock": "A-2",
                  "expectedRelease": "2026-12-28",
                  "detainingAuthority": null
                },
                "releaseOn": "2026-12-28",
                "releaseReason": "END_OF_SENTENCE",
                "programmesCompleted": [
                  { "enrolmentId": "7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40", "code": "KES-HUKUM-2026-01",
                    "name": "Kesadaran hukum bersama Polres HSU", "category": "LEGAL_AWARENESS",
                    "partner": "Polres Hulu Sungai Utara", "state": "COMPLETED", "attendanceRate": 0.85,
                    "completedOn": "2026-11-28", "certificateNumber": "SRT-KES-HUKUM-2026-01-0001" }
                ],
                "programmesOngoing": [
                  { "enrolmentId": "8b0e4f3d-2c5a-4d9b-8f7e-3a6b9c2d4e51", "code": "LAS-2026-02", "name": "Pelatihan las listrik",
                    "category": "VOCATIONAL", "partner": "BLK Amuntai", "state": "ACTIVE", "attendanceRate": 0.9,
                    "completedOn": null, "certificateNumber": null }
                ],
                "lastKnownAddress": null
              },
              "offenceCategories": ["NARCOTICS"],
              "allowedActions": ["acknowledge"],
              "version": 0
            }""";

    static final String NOTIFICATION_PAGE = "{\"items\": [" + NOTIFICATION + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String ACKNOWLEDGEMENT = """
            { "note": "Diterima, akan dikoordinasikan dengan Bhabinkamtibmas Desa Sungai Malang" }""";

    static final String INFO_REQUEST_SUBMISSION = """
            {
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "purpose": "Penyidikan perkara pencurian dengan kekerasan; WBP diduga mengenal pelaku",
              "legalBasis": { "letterNumber": "B/412/XI/2026/Reskrim", "policeReportNumber": "LP/B/45/XI/2026/SPKT/Polres HSU" },
              "requestedData": ["IDENTITY", "MOVEMENTS", "VISITS"],
              "neededBy": "2026-12-05"
            }""";

    static final String INFO_REQUEST = """
            {
              "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0123/2026",
              "officer": "officer-7",
              "unit": "POLRES-HSU",
              "purpose": "Penyidikan perkara pencurian dengan kekerasan; WBP diduga mengenal pelaku",
              "legalBasis": { "letterNumber": "B/412/XI/2026/Reskrim", "policeReportNumber": "LP/B/45/XI/2026/SPKT/Polres HSU" },
              "requestedData": ["IDENTITY", "MOVEMENTS", "VISITS"],
              "neededBy": "2026-12-05",
              "state": "APPROVED",
              "submittedAt": "2026-11-20T03:00:00Z",
              "answerDueAt": "2026-11-23T03:00:00Z",
              "overdue": false,
              "decidedBy": "liaison-1",
              "decidedAt": "2026-11-21T02:00:00Z",
              "accessExpiresAt": "2026-12-21T02:00:00Z",
              "reason": null,
              "fulfilledBy": null,
              "fulfilledAt": null,
              "providedData": null,
              "fulfilmentNote": null,
              "allowedActions": ["fulfil"],
              "version": 1
            }""";

    static final String INFO_REQUEST_PAGE = "{\"items\": [" + INFO_REQUEST + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String APPROVAL = """
            { "accessExpiresAt": "2026-12-21T02:00:00Z", "note": "Akses untuk masa penyidikan" }""";

    static final String REJECTION = """
            { "reason": "Surat permintaan belum ditandatangani Kasat Reskrim" }""";

    static final String FULFILMENT = """
            { "providedData": ["IDENTITY", "MOVEMENTS"], "note": "Salinan identitas dan riwayat pergerakan diserahkan kepada Bripka A." }""";

    static final String WITHDRAWAL = """
            { "reason": "Perkara dihentikan" }""";

    static final String LOAN_REQUEST = """
            {
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "purpose": "Pemeriksaan tambahan sebagai saksi",
              "caseNumber": "LP/B/45/XI/2026/SPKT/Polres HSU",
              "letterNumber": "B/123/XI/2026/Reskrim",
              "borrowingUnit": "Satreskrim Polres Hulu Sungai Utara",
              "plannedOutAt": "2026-11-22T01:30:00Z",
              "plannedBackAt": "2026-11-22T09:00:00Z",
              "escorts": [
                { "name": "Bripka Andi Saputra", "rank": "Bripka", "nrp": "86051234" },
                { "name": "Brigpol Rudi Hartono", "rank": "Brigpol", "nrp": "91020456" }
              ]
            }""";

    static final String LOAN = """
            {
              "id": "9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0123/2026",
              "requestedBy": "officer-7",
              "unit": "POLRES-HSU",
              "borrowingUnit": "Satreskrim Polres Hulu Sungai Utara",
              "purpose": "Pemeriksaan tambahan sebagai saksi",
              "caseNumber": "LP/B/45/XI/2026/SPKT/Polres HSU",
              "letterNumber": "B/123/XI/2026/Reskrim",
              "plannedOutAt": "2026-11-22T01:30:00Z",
              "plannedBackAt": "2026-11-22T09:00:00Z",
              "escorts": [
                { "name": "Bripka Andi Saputra", "rank": "Bripka", "nrp": "86051234" },
                { "name": "Brigpol Rudi Hartono", "rank": "Brigpol", "nrp": "91020456" }
              ],
              "state": "CHECKED_OUT",
              "overdue": false,
              "requestedAt": "2026-11-21T04:00:00Z",
              "decidedBy": "liaison-1",
              "decidedAt": "2026-11-21T06:00:00Z",
              "reason": null,
              "checkedOutBy": "registrar-1",
              "checkedOutAt": "2026-11-22T01:35:00Z",
              "returnedBy": null,
              "returnedAt": null,
              "overdueSince": null,
              "allowedActions": ["return"],
              "version": 2
            }""";

    static final String LOAN_PAGE = "{\"items\": [" + LOAN + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String CANCELLATION = """
            { "reason": "Saksi sudah diperiksa di Lapas" }""";

    static final String STATE_MACHINE = """
            {
              "name": "notification",
              "states": ["OPEN", "ESCALATED", "ACKNOWLEDGED"],
              "transitions": [
                { "action": "acknowledge", "from": "OPEN", "to": "ACKNOWLEDGED",
                  "roles": ["lapas-head", "lapas-liaison", "polres-head", "polres-officer"], "bySystem": false,
                  "reasonRequired": false, "description": "The addressee confirms the notice (Polres for its own; the Lapas for a detaining authority outside Sinergi)" },
                { "action": "escalate", "from": "OPEN", "to": "ESCALATED", "roles": [], "bySystem": true, "reasonRequired": false,
                  "description": "Scheduled: not acknowledged in time, so it goes to the addressee's head (polres-head, or lapas-head)" },
                { "action": "acknowledge", "from": "ESCALATED", "to": "ACKNOWLEDGED", "roles": ["lapas-head", "polres-head"],
                  "bySystem": false, "reasonRequired": false, "description": "The head the notice was escalated to acknowledges it" }
              ]
            }""";

    static final String NOT_FOUND_PROBLEM = """
            { "type": "https://sinergi.id/problems/not-found", "title": "Not Found", "status": 404,
              "detail": "Police loan 9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f does not exist or is not yours to see" }""";

    static final String TRANSITION_PROBLEM = """
            { "type": "https://sinergi.id/problems/transition-not-allowed", "title": "Conflict", "status": 409,
              "detail": "'check-out' is not allowed while the resource is REQUESTED", "state": "REQUESTED",
              "allowedActions": ["approve", "reject", "cancel"] }""";

    static final String ALREADY_OUT_PROBLEM = """
            { "type": "https://sinergi.id/problems/inmate-already-out", "title": "Conflict", "status": 409,
              "detail": "the WBP is already out of the facility (on another police loan)" }""";

    static final String NOT_IN_CUSTODY_PROBLEM = """
            { "type": "https://sinergi.id/problems/inmate-not-in-custody", "title": "Conflict", "status": 409,
              "detail": "the WBP is RELEASED, not in custody: no loan is possible" }""";

    static final String UNKNOWN_INMATE_PROBLEM = """
            { "type": "https://sinergi.id/problems/unknown-inmate", "title": "Unprocessable Content", "status": 422,
              "detail": "no WBP 0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10 is known to the liaison", "field": "inmateId" }""";

    static final String REASON_PROBLEM = """
            { "type": "https://sinergi.id/problems/reason-required", "title": "Unprocessable Content", "status": 422,
              "detail": "'reject' needs a reason", "field": "reason" }""";

    static final String ACCESS_EXPIRY_PROBLEM = """
            { "type": "https://sinergi.id/problems/access-expiry-too-far", "title": "Unprocessable Content", "status": 422,
              "detail": "access may be granted for at most 90 days", "field": "accessExpiresAt" }""";

    static final String NOT_REQUESTED_PROBLEM = """
            { "type": "https://sinergi.id/problems/data-not-requested", "title": "Unprocessable Content", "status": 422,
              "detail": "the request did not ask for [TIMELINE]; purpose-bound access hands over only what was requested",
              "field": "providedData" }""";

    static final String BACK_BEFORE_OUT_PROBLEM = """
            { "type": "https://sinergi.id/problems/back-before-out", "title": "Unprocessable Content", "status": 422,
              "detail": "the planned return must be after the planned departure", "field": "plannedBackAt" }""";

    static final String VALIDATION_PROBLEM = """
            { "title": "Bad Request", "status": 400, "violations": [ { "field": "purpose", "message": "must not be blank" } ] }""";

    static final String PRECONDITION_FAILED_PROBLEM = """
            { "type": "https://sinergi.id/problems/precondition-failed", "title": "Precondition Failed", "status": 412,
              "detail": "the resource changed since you read it; read it again and retry with its new ETag", "currentEtag": "\\"2\\"" }""";

    static final String PRECONDITION_REQUIRED_PROBLEM = """
            { "type": "https://sinergi.id/problems/precondition-required", "title": "Precondition Required", "status": 428,
              "detail": "this update needs an If-Match header with the ETag you last read" }""";

    static final String FORBIDDEN_PROBLEM = """
            { "type": "https://sinergi.id/problems/forbidden", "title": "Forbidden", "status": 403,
              "detail": "'approve' needs one of the roles [lapas-liaison, lapas-head]" }""";
}
