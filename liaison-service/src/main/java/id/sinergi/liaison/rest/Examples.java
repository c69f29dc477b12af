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
            { "type": "https://sinergi.id/problems/validation-failed", "title": "Bad Request", "status": 400,
              "violations": [ { "field": "purpose", "in": "body", "message": "must not be blank" } ] }""";

    static final String PRECONDITION_FAILED_PROBLEM = """
            { "type": "https://sinergi.id/problems/precondition-failed", "title": "Precondition Failed", "status": 412,
              "detail": "the resource changed since you read it; read it again and retry with its new ETag", "currentEtag": "\\"2\\"" }""";

    static final String PRECONDITION_REQUIRED_PROBLEM = """
            { "type": "https://sinergi.id/problems/precondition-required", "title": "Precondition Required", "status": 428,
              "detail": "this update needs an If-Match header with the ETag you last read" }""";

    static final String FORBIDDEN_PROBLEM = """
            { "type": "https://sinergi.id/problems/forbidden", "title": "Forbidden", "status": 403,
              "detail": "'approve' needs one of the roles [lapas-liaison, lapas-head]" }""";

    static final String INCIDENT_REPORT = """
            {
              "type": "CONTRABAND_PHONE",
              "severity": "MEDIUM",
              "occurredAt": "2026-11-18T14:20:00+08:00",
              "place": "Blok A kamar 2",
              "description": "Dua telepon genggam ditemukan saat penggeledahan kamar; diduga dipakai mengendalikan peredaran narkotika",
              "evidence": ["BA-SITA/17/XI/2026", "FOTO-KAMTIB-2026-11-18-01"],
              "involved": [
                { "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10", "role": "SUSPECT" }
              ],
              "shareWithPolres": true
            }""";

    static final String INCIDENT = """
            {
              "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
              "type": "CONTRABAND_PHONE",
              "severity": "MEDIUM",
              "occurredAt": "2026-11-18T06:20:00Z",
              "place": "Blok A kamar 2",
              "description": "Dua telepon genggam ditemukan saat penggeledahan kamar; diduga dipakai mengendalikan peredaran narkotika",
              "evidence": ["BA-SITA/17/XI/2026", "FOTO-KAMTIB-2026-11-18-01"],
              "involved": [
                { "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10", "registerNumber": "B.I-0123/2026", "role": "SUSPECT" }
              ],
              "state": "UNDER_INVESTIGATION",
              "sharedWithPolres": true,
              "polresUnit": "POLRES-HSU",
              "sharedBy": "kamtib-1",
              "sharedAt": "2026-11-18T07:05:00Z",
              "policeFollowUp": { "status": "UNDER_INVESTIGATION", "policeReportNumber": "LP/B/52/XI/2026/SPKT/Polres HSU",
                                  "note": "Penyidik Satresnarkoba ditunjuk", "by": "officer-7", "at": "2026-11-19T02:00:00Z" },
              "reportedBy": "kamtib-1",
              "reportedAt": "2026-11-18T07:05:00Z",
              "closedBy": null,
              "closedAt": null,
              "closingReason": null,
              "allowedActions": ["charge", "close"],
              "version": 2
            }""";

    static final String INCIDENT_PAGE = "{\"items\": [" + INCIDENT + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String FOLLOW_UP = """
            { "policeReportNumber": "LP/B/52/XI/2026/SPKT/Polres HSU", "note": "Penyidik Satresnarkoba ditunjuk" }""";

    static final String INCIDENT_CLOSING = """
            { "reason": "Diselesaikan dengan hukuman disiplin: register F, pengasingan 6 hari" }""";

    static final String AGREEMENT_DRAFT = """
            {
              "kind": "PKS",
              "number": "B/17/III/2026/Polres HSU",
              "title": "Perjanjian kerja sama pengamanan dan pembinaan kesadaran hukum WBP",
              "parties": ["Lapas Kelas IIB Amuntai", "Polres Hulu Sungai Utara"],
              "scope": "Pengamanan bersama, razia gabungan, penyuluhan hukum, pertukaran informasi kamtib",
              "validFrom": "2026-03-01",
              "validTo": "2028-02-29",
              "polresUnit": "POLRES-HSU"
            }""";

    static final String AGREEMENT = """
            {
              "id": "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c",
              "kind": "PKS",
              "number": "B/17/III/2026/Polres HSU",
              "title": "Perjanjian kerja sama pengamanan dan pembinaan kesadaran hukum WBP",
              "parties": ["Lapas Kelas IIB Amuntai", "Polres Hulu Sungai Utara"],
              "scope": "Pengamanan bersama, razia gabungan, penyuluhan hukum, pertukaran informasi kamtib",
              "validFrom": "2026-03-01",
              "validTo": "2028-02-29",
              "polresUnit": "POLRES-HSU",
              "state": "ACTIVE",
              "daysToExpiry": 455,
              "createdBy": "liaison-1",
              "createdAt": "2026-02-20T03:00:00Z",
              "activatedBy": "kalapas",
              "activatedAt": "2026-03-01T02:00:00Z",
              "endedBy": null,
              "endedAt": null,
              "reason": null,
              "allowedActions": ["terminate"],
              "version": 1
            }""";

    static final String AGREEMENT_PAGE = "{\"items\": [" + AGREEMENT + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String TERMINATION = """
            { "reason": "Digantikan PKS baru nomor B/3/I/2027/Polres HSU" }""";

    static final String MEETING_SCHEDULE = """
            {
              "title": "Rapat koordinasi kamtib triwulan IV",
              "startsAt": "2026-11-25T09:00:00+08:00",
              "place": "Aula Lapas Kelas IIB Amuntai",
              "agenda": ["Evaluasi razia gabungan November", "Pengamanan menjelang Natal dan Tahun Baru"],
              "attendees": [
                { "name": "Kalapas Amuntai", "agency": "Lapas Kelas IIB Amuntai", "position": "Kepala Lapas" },
                { "name": "Kasat Samapta", "agency": "Polres Hulu Sungai Utara", "position": "Kasat Samapta" }
              ],
              "polresUnit": "POLRES-HSU"
            }""";

    static final String MINUTES = """
            {
              "attendees": [
                { "name": "Kalapas Amuntai", "agency": "Lapas Kelas IIB Amuntai", "position": "Kepala Lapas" },
                { "name": "Kasat Samapta", "agency": "Polres Hulu Sungai Utara", "position": "Kasat Samapta" }
              ],
              "minutes": "Razia November menemukan dua telepon genggam di Blok A. Disepakati patroli luar dan razia rutin.",
              "decisions": ["Razia gabungan setiap bulan", "Patroli malam di sekitar tembok luar Blok C"],
              "actionItems": [
                { "description": "Patroli gabungan di sekitar tembok luar Blok C setiap malam", "ownerAgency": "POLRES",
                  "assignee": "Kasat Samapta Polres HSU", "dueOn": "2026-12-15" },
                { "description": "Perbaikan lampu sorot tembok Blok C", "ownerAgency": "LAPAS",
                  "assignee": "KPLP Lapas Amuntai", "dueOn": "2026-12-05" }
              ]
            }""";

    static final String ACTION_ITEM = """
            {
              "id": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e",
              "meetingId": "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0e",
              "description": "Patroli gabungan di sekitar tembok luar Blok C setiap malam",
              "ownerAgency": "POLRES",
              "assignee": "Kasat Samapta Polres HSU",
              "dueOn": "2026-12-15",
              "state": "IN_PROGRESS",
              "overdue": false,
              "completedBy": null,
              "completedAt": null,
              "note": null,
              "allowedActions": ["complete", "cancel"],
              "version": 1
            }""";

    static final String ACTION_ITEM_PAGE = "{\"items\": [" + ACTION_ITEM + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String NEW_ACTION_ITEM = """
            { "description": "Perbaikan lampu sorot tembok Blok C", "ownerAgency": "LAPAS",
              "assignee": "KPLP Lapas Amuntai", "dueOn": "2026-12-05" }""";

    static final String MEETING = """
            {
              "id": "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0e",
              "title": "Rapat koordinasi kamtib triwulan IV",
              "startsAt": "2026-11-25T01:00:00Z",
              "place": "Aula Lapas Kelas IIB Amuntai",
              "agenda": ["Evaluasi razia gabungan November", "Pengamanan menjelang Natal dan Tahun Baru"],
              "attendees": [
                { "name": "Kalapas Amuntai", "agency": "Lapas Kelas IIB Amuntai", "position": "Kepala Lapas" },
                { "name": "Kasat Samapta", "agency": "Polres Hulu Sungai Utara", "position": "Kasat Samapta" }
              ],
              "polresUnit": "POLRES-HSU",
              "state": "HELD",
              "minutes": "Razia November menemukan dua telepon genggam di Blok A. Disepakati patroli luar dan razia rutin.",
              "decisions": ["Razia gabungan setiap bulan", "Patroli malam di sekitar tembok luar Blok C"],
              "actionItems": [""" + ACTION_ITEM + """
              ],
              "createdBy": "liaison-1",
              "createdAt": "2026-11-10T03:00:00Z",
              "recordedBy": "liaison-1",
              "recordedAt": "2026-11-25T06:00:00Z",
              "reason": null,
              "allowedActions": ["add-action-item"],
              "version": 2
            }""";

    static final String MEETING_PAGE = "{\"items\": [" + MEETING + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String MEETING_CANCELLATION = """
            { "reason": "Bertepatan dengan pengamanan pilkada" }""";

    static final String OPERATION_PLAN = """
            {
              "name": "Razia gabungan Blok A dan C",
              "plannedFor": "2026-11-28T21:00:00+08:00",
              "blocks": ["A-1", "A-2", "C-1"],
              "units": ["KPLP Lapas Amuntai", "Sat Samapta Polres HSU", "Satresnarkoba Polres HSU"],
              "officers": [
                { "name": "Bripka Andi Saputra", "rank": "Bripka", "unit": "Sat Samapta Polres HSU" },
                { "name": "Rahmat Hidayat", "unit": "KPLP Lapas Amuntai" }
              ],
              "polresUnit": "POLRES-HSU"
            }""";

    static final String FINDING = """
            { "kind": "MOBILE_PHONE", "description": "Telepon genggam disembunyikan di balik kloset", "quantity": 2,
              "block": "A-2", "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "incidentId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b" }""";

    static final String OPERATION = """
            {
              "id": "9c0d1e2f-3a4b-4c5d-9e6f-7a8b9c0d1e2a",
              "name": "Razia gabungan Blok A dan C",
              "plannedFor": "2026-11-28T13:00:00Z",
              "blocks": ["A-1", "A-2", "C-1"],
              "units": ["KPLP Lapas Amuntai", "Sat Samapta Polres HSU", "Satresnarkoba Polres HSU"],
              "officers": [
                { "name": "Bripka Andi Saputra", "rank": "Bripka", "unit": "Sat Samapta Polres HSU" },
                { "name": "Rahmat Hidayat", "unit": "KPLP Lapas Amuntai" }
              ],
              "polresUnit": "POLRES-HSU",
              "state": "DEBRIEFED",
              "findings": [
                { "id": "0d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3b", "kind": "MOBILE_PHONE",
                  "description": "Telepon genggam disembunyikan di balik kloset", "quantity": 2, "block": "A-2",
                  "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10", "registerNumber": "B.I-0123/2026",
                  "incidentId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "recordedBy": "kamtib-1",
                  "recordedAt": "2026-11-28T14:10:00Z" }
              ],
              "createdBy": "kamtib-1",
              "createdAt": "2026-11-20T03:00:00Z",
              "conductedBy": "kamtib-1",
              "conductedAt": "2026-11-28T13:05:00Z",
              "debriefNotes": "Dua telepon genggam disita; pengawasan Blok A ditingkatkan",
              "debriefedBy": "kamtib-1",
              "debriefedAt": "2026-11-29T02:00:00Z",
              "reason": null,
              "allowedActions": [],
              "version": 4
            }""";

    static final String OPERATION_PAGE = "{\"items\": [" + OPERATION + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String DEBRIEF = """
            { "notes": "Dua telepon genggam disita; pengawasan Blok A ditingkatkan" }""";

    static final String SUMMARY = """
            {
              "asOf": "2026-11-26T00:30:00Z",
              "notifications": { "open": 3, "overdueAcknowledgements": 1 },
              "infoRequests": { "pending": 2, "overdue": 0 },
              "policeLoans": { "pending": 1, "overdue": 0 },
              "incidents": { "open": 4, "openBySeverity": { "LOW": 1, "MEDIUM": 2, "HIGH": 1, "CRITICAL": 0 } },
              "actionItems": { "overdue": 3, "overdueByAgency": { "LAPAS": 1, "POLRES": 2 } },
              "agreements": { "expiringSoon": 1, "withinDays": 60 }
            }""";

    static final String POLICE_REPORT_REQUIRED_PROBLEM = """
            { "type": "https://sinergi.id/problems/police-report-number-required", "title": "Unprocessable Content", "status": 422,
              "detail": "an investigation runs under a police report number (laporan polisi)", "field": "policeReportNumber" }""";

    static final String UNKNOWN_INVOLVED_PROBLEM = """
            { "type": "https://sinergi.id/problems/unknown-inmate", "title": "Unprocessable Content", "status": 422,
              "detail": "no WBP 0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10 is known to the liaison", "field": "involved[0].inmateId" }""";

    static final String ENDS_BEFORE_START_PROBLEM = """
            { "type": "https://sinergi.id/problems/ends-before-start", "title": "Unprocessable Content", "status": 422,
              "detail": "the agreement cannot end before it starts", "field": "validTo" }""";

    static final String VALIDITY_ENDED_PROBLEM = """
            { "type": "https://sinergi.id/problems/validity-ended", "title": "Unprocessable Content", "status": 422,
              "detail": "the agreement's validity ended on 2026-02-28; amend the draft or draft a new one", "field": "validTo" }""";

    static final String DUPLICATE_AGREEMENT_PROBLEM = """
            { "type": "https://sinergi.id/problems/duplicate-agreement-number", "title": "Conflict", "status": 409,
              "detail": "an agreement numbered B/17/III/2026/Polres HSU is already recorded" }""";

    static final String NOT_HELD_YET_PROBLEM = """
            { "type": "https://sinergi.id/problems/meeting-not-held-yet", "title": "Unprocessable Content", "status": 422,
              "detail": "the meeting starts at 2026-11-25T01:00Z; its minutes can be recorded from then on", "field": "minutes" }""";

    static final String DUE_BEFORE_MEETING_PROBLEM = """
            { "type": "https://sinergi.id/problems/due-before-meeting", "title": "Unprocessable Content", "status": 422,
              "detail": "an action item cannot be due before the meeting (2026-11-25)", "field": "actionItems[0].dueOn" }""";

    static final String BLOCK_NOT_IN_OPERATION_PROBLEM = """
            { "type": "https://sinergi.id/problems/block-not-in-operation", "title": "Unprocessable Content", "status": 422,
              "detail": "the operation searched [A-1, A-2, C-1], not B-1", "field": "block" }""";

    static final String UNKNOWN_INCIDENT_PROBLEM = """
            { "type": "https://sinergi.id/problems/unknown-incident", "title": "Unprocessable Content", "status": 422,
              "detail": "no incident 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b is recorded in this facility", "field": "incidentId" }""";
}
