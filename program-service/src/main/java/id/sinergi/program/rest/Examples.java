package id.sinergi.program.rest;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    static final String PROGRAMME_REQUEST = """
            {
              "code": "KES-HUKUM-2026-01",
              "category": "LEGAL_AWARENESS",
              "name": "Kesadaran hukum bersama Polres HSU",
              "description": "Penyuluhan hukum: hak dan kewajiban warga negara, bahaya narkotika",
              "partner": "Polres Hulu Sungai Utara",
              "capacity": 20,
              "startsOn": "2026-11-02",
              "endsOn": "2026-12-18",
              "eligibility": { "registerClasses": ["B.I", "B.IIa"], "riskLevels": ["LOW", "MEDIUM"] }
            }""";

    static final String PROGRAMME_UPDATE = """
            {
              "name": "Kesadaran hukum bersama Polres HSU",
              "description": "Penyuluhan hukum: hak dan kewajiban warga negara, bahaya narkotika",
              "partner": "Polres Hulu Sungai Utara",
              "capacity": 25,
              "startsOn": "2026-11-02",
              "endsOn": "2026-12-18",
              "eligibility": { "registerClasses": ["B.I", "B.IIa"], "riskLevels": ["LOW", "MEDIUM"] }
            }""";

    static final String PROGRAMME = """
            {
              "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "code": "KES-HUKUM-2026-01",
              "category": "LEGAL_AWARENESS",
              "name": "Kesadaran hukum bersama Polres HSU",
              "description": "Penyuluhan hukum: hak dan kewajiban warga negara, bahaya narkotika",
              "partner": "Polres Hulu Sungai Utara",
              "startsOn": "2026-11-02",
              "endsOn": "2026-12-18",
              "status": "RUNNING",
              "statusReason": null,
              "eligibility": { "registerClasses": ["B.I", "B.IIa"], "riskLevels": ["LOW", "MEDIUM"] },
              "places": { "capacity": 20, "taken": 20, "free": 0, "waitlisted": 3 },
              "allowedActions": ["finish", "cancel"],
              "version": 2
            }""";

    static final String PROGRAMMES = """
            { "items": [""" + PROGRAMME + """
            ], "page": 0, "size": 20, "total": 1 }""";

    static final String CANCEL = """
            { "reason": "Partner withdrew: no facilitator available this term" }""";

    static final String SESSION_REQUEST = """
            { "date": "2026-11-28", "startsAt": "09:00:00", "endsAt": "11:00:00", "topic": "Bahaya narkotika dan hukumnya",
              "facilitator": "Satbinmas Polres HSU" }""";

    static final String SESSION = """
            { "id": "5b3a4f6e-7d8c-4901-9cde-2f3a4b5c6d7e", "programId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "date": "2026-11-28", "startsAt": "09:00:00", "endsAt": "11:00:00", "topic": "Bahaya narkotika dan hukumnya",
              "facilitator": "Satbinmas Polres HSU" }""";

    static final String SESSIONS = """
            { "items": [""" + SESSION + """
            ], "page": 0, "size": 20, "total": 1 }""";

    static final String ROLL = """
            {
              "records": [
                { "enrolmentId": "7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40", "status": "PRESENT" },
                { "enrolmentId": "8b0e4f3d-2c5a-4d9b-8f7e-3a6b9c2d4e51", "status": "ABSENT", "absenceReason": "COURT",
                  "note": "Sidang di PN Amuntai" }
              ]
            }""";

    static final String ATTENDANCE = """
            {
              "id": "6c4b5a7f-8e9d-4a12-8def-3a4b5c6d7e8f",
              "sessionId": "5b3a4f6e-7d8c-4901-9cde-2f3a4b5c6d7e",
              "sessionDate": "2026-11-28",
              "enrolmentId": "8b0e4f3d-2c5a-4d9b-8f7e-3a6b9c2d4e51",
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "status": "ABSENT",
              "absenceReason": "COURT",
              "note": "Sidang di PN Amuntai",
              "recordedBy": "programs-1",
              "recordedAt": "2026-11-28T04:05:00Z",
              "amendments": [
                { "previousStatus": "ABSENT", "previousAbsenceReason": "REFUSED", "previousNote": null,
                  "previouslyRecordedBy": "programs-2", "previouslyRecordedAt": "2026-11-28T03:05:00Z",
                  "reason": "Was at court, not refusing: summons arrived late", "amendedBy": "programs-1",
                  "amendedAt": "2026-11-28T04:05:00Z" }
              ],
              "version": 1
            }""";

    static final String ATTENDANCE_LIST = """
            { "items": [""" + ATTENDANCE + """
            ], "page": 0, "size": 20, "total": 1 }""";

    static final String AMENDMENT = """
            { "status": "ABSENT", "absenceReason": "COURT", "note": "Sidang di PN Amuntai",
              "reason": "Was at court, not refusing: summons arrived late" }""";

    static final String ENROLMENT_REQUEST = """
            { "programId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "reason": "Recommended by the TPP (tim pengamat pemasyarakatan)" }""";

    private static final String PROGRAMME_SUMMARY = """
            { "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "code": "KES-HUKUM-2026-01",
                "name": "Kesadaran hukum bersama Polres HSU", "category": "LEGAL_AWARENESS", "partner": "Polres Hulu Sungai Utara" }""";

    static final String ENROLMENT = """
            {
              "id": "7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40",
              "programme": """ + PROGRAMME_SUMMARY + """
            ,
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0007/2026",
              "state": "ACTIVE",
              "reason": null,
              "waitlistPosition": null,
              "requestedAt": "2026-11-01T02:00:00Z",
              "requestedBy": "programs-1",
              "activatedAt": "2026-11-02T01:30:00Z",
              "changedAt": "2026-11-02T01:30:00Z",
              "changedBy": "programs-1",
              "attendance": { "recorded": 20, "present": 17, "rate": 0.85 },
              "completion": null,
              "pendingReviews": 0,
              "allowedActions": ["suspend", "complete", "withdraw"],
              "version": 1
            }""";

    static final String ENROLMENT_WAITLISTED = """
            {
              "id": "9c1f5a4e-3d6b-4e0c-9a8f-4b7c0d3e5f62",
              "programme": """ + PROGRAMME_SUMMARY + """
            ,
              "inmateId": "1c7a2d63-65b5-4b9f-8b68-4a2a4d2b3b21",
              "registerNumber": "B.IIa-0042/2026",
              "state": "WAITLISTED",
              "reason": null,
              "waitlistPosition": 2,
              "requestedAt": "2026-11-03T02:00:00Z",
              "requestedBy": "programs-1",
              "activatedAt": null,
              "changedAt": "2026-11-03T02:10:00Z",
              "changedBy": "programs-1",
              "attendance": { "recorded": 0, "present": 0, "rate": null },
              "completion": null,
              "pendingReviews": 0,
              "allowedActions": ["withdraw"],
              "version": 1
            }""";

    static final String ENROLMENT_COMPLETED = """
            {
              "id": "7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40",
              "programme": """ + PROGRAMME_SUMMARY + """
            ,
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0007/2026",
              "state": "COMPLETED",
              "reason": null,
              "waitlistPosition": null,
              "requestedAt": "2026-11-01T02:00:00Z",
              "requestedBy": "programs-1",
              "activatedAt": "2026-11-02T01:30:00Z",
              "changedAt": "2026-12-18T05:30:00Z",
              "changedBy": "programs-1",
              "attendance": { "recorded": 20, "present": 17, "rate": 0.85 },
              "completion": { "certificateNumber": "SRT-KES-HUKUM-2026-01-0001", "completedOn": "2026-12-18", "score": 82 },
              "pendingReviews": 0,
              "allowedActions": [],
              "version": 4
            }""";

    static final String ENROLMENTS = """
            { "items": [""" + ENROLMENT + """
            ], "page": 0, "size": 20, "total": 1 }""";

    static final String SUSPEND = """
            { "reason": "Disciplinary hearing pending (sidang TPP)" }""";

    static final String WITHDRAW = """
            { "reason": "The WBP asked to leave to join the welding course" }""";

    static final String COMPLETION = """
            { "score": 82, "notes": "Aktif berdiskusi; memahami materi", "completedOn": "2026-12-18" }""";

    static final String ASSESSMENT_REQUEST = """
            { "score": 70, "notes": "Kehadiran baik, perlu lebih aktif", "assessedOn": "2026-11-20" }""";

    static final String ASSESSMENTS = """
            [
              { "id": "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b", "enrolmentId": "7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40",
                "kind": "PROGRESS", "score": 70, "notes": "Kehadiran baik, perlu lebih aktif", "assessedOn": "2026-11-20",
                "assessor": "programs-1", "recordedAt": "2026-11-20T06:00:00Z" },
              { "id": "3f4a5b6c-7d8e-4f9a-8b1c-2d3e4f5a6b7c", "enrolmentId": "7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40",
                "kind": "FINAL", "score": 82, "notes": "Aktif berdiskusi; memahami materi", "assessedOn": "2026-12-18",
                "assessor": "programs-1", "recordedAt": "2026-12-18T05:30:00Z" }
            ]""";

    static final String HISTORY = """
            [
              { "action": "request", "from": null, "to": "REQUESTED", "reason": null, "actor": "programs-1", "at": "2026-11-01T02:00:00Z" },
              { "action": "approve", "from": "REQUESTED", "to": "WAITLISTED", "reason": null, "actor": "programs-1", "at": "2026-11-01T03:00:00Z" },
              { "action": "promote", "from": "WAITLISTED", "to": "ACTIVE", "reason": null, "actor": "system", "at": "2026-11-02T01:30:00Z" }
            ]""";

    static final String REVIEW = """
            {
              "id": "4a5b6c7d-8e9f-4a0b-9c1d-3e4f5a6b7c8d",
              "enrolmentId": "7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40",
              "programId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "cause": "RISK_RAISED_TO_HIGH",
              "previousRiskLevel": "MEDIUM",
              "raisedAt": "2026-11-28T08:15:30Z",
              "status": "PENDING",
              "acknowledgedAt": null,
              "acknowledgedBy": null,
              "note": null,
              "version": 0
            }""";

    static final String REVIEWS = """
            { "items": [""" + REVIEW + """
            ], "page": 0, "size": 20, "total": 1 }""";

    static final String ACKNOWLEDGEMENT = """
            { "note": "Discussed with kamtib; stays in the programme, seated apart" }""";

    static final String STATISTICS = """
            {
              "programId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "code": "KES-HUKUM-2026-01",
              "capacity": 20,
              "enrolments": { "REQUESTED": 1, "WAITLISTED": 3, "ACTIVE": 2, "SUSPENDED": 0, "COMPLETED": 18,
                              "WITHDRAWN": 2, "ENDED": 2 },
              "enrolled": 24,
              "completed": 18,
              "completionRate": 0.75,
              "attendanceRate": 0.8812,
              "averageScore": 78.5,
              "sessionsScheduled": 14,
              "sessionsHeld": 14
            }""";

    static final String PARTICIPATION = """
            {
              "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0007/2026",
              "programmesCompleted": 1,
              "programmesInProgress": 0,
              "enrolments": [""" + ENROLMENT_COMPLETED + """
              ]
            }""";

    static final String STATE_MACHINE = """
            {
              "states": [ { "state": "REQUESTED", "terminal": false }, { "state": "COMPLETED", "terminal": true } ],
              "transitions": [
                { "from": "REQUESTED", "action": "approve", "to": "ACTIVE", "roles": ["lapas-program-officer", "lapas-head"],
                  "madeBy": "STAFF", "reasonRequired": false, "condition": "PLACE_AVAILABLE",
                  "description": "Approve: the WBP takes a free place" },
                { "from": "REQUESTED", "action": "approve", "to": "WAITLISTED", "roles": ["lapas-program-officer", "lapas-head"],
                  "madeBy": "STAFF", "reasonRequired": false, "condition": "PROGRAMME_FULL",
                  "description": "Approve while the programme is full: the WBP joins the waiting list" },
                { "from": "ACTIVE", "action": "end", "to": "ENDED", "roles": [], "madeBy": "SYSTEM", "reasonRequired": true,
                  "condition": "ALWAYS", "description": "The system ends it: the WBP was released (RELEASED), …" }
              ]
            }""";

    static final String NOT_FOUND_PROBLEM = """
            { "type": "https://sinergi.id/problems/not-found", "title": "Not Found", "status": 404,
              "detail": "Enrolment 7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40 does not exist or is not yours to see",
              "instance": "/api/v1/enrolments/7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40" }""";

    static final String TRANSITION_PROBLEM = """
            { "type": "https://sinergi.id/problems/transition-not-allowed", "title": "Conflict", "status": 409,
              "detail": "'resume' is not allowed while the resource is ACTIVE", "state": "ACTIVE",
              "allowedActions": ["suspend", "complete", "withdraw"],
              "instance": "/api/v1/enrolments/7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40/resume" }""";

    static final String REASON_PROBLEM = """
            { "type": "https://sinergi.id/problems/reason-required", "title": "Unprocessable Content", "status": 422,
              "detail": "'suspend' needs a reason", "field": "reason",
              "instance": "/api/v1/enrolments/7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40/suspend" }""";

    static final String NOT_ELIGIBLE_PROBLEM = """
            { "type": "https://sinergi.id/problems/inmate-not-eligible", "title": "Unprocessable Content", "status": 422,
              "detail": "WBP 0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10 may not join KES-HUKUM-2026-01: risk level HIGH is not one of [LOW, MEDIUM]",
              "field": "inmateId", "inmateId": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10", "reasons": ["RISK_LEVEL"],
              "instance": "/api/v1/enrolments" }""";

    static final String ALREADY_ENROLLED_PROBLEM = """
            { "type": "https://sinergi.id/problems/already-enrolled", "title": "Conflict", "status": 409,
              "detail": "WBP 0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10 already has enrolment 7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40 in KES-HUKUM-2026-01",
              "enrolmentId": "7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40", "instance": "/api/v1/enrolments" }""";

    static final String VALIDATION_PROBLEM = """
            { "type": "https://sinergi.id/problems/validation-failed", "title": "Bad Request", "status": 400, "instance": "/api/v1/programs",
              "violations": [ { "field": "capacity", "in": "body", "message": "must be greater than or equal to 1" } ] }""";

    static final String RULE_PROBLEM = """
            { "type": "https://sinergi.id/problems/ends-before-start", "title": "Unprocessable Content", "status": 422,
              "detail": "the programme cannot end (2026-10-01) before it starts (2026-11-02)", "field": "endsOn",
              "instance": "/api/v1/programs" }""";

    static final String DUPLICATE_CODE_PROBLEM = """
            { "type": "https://sinergi.id/problems/duplicate-code", "title": "Conflict", "status": 409,
              "detail": "a programme with code KES-HUKUM-2026-01 already exists", "field": "code", "instance": "/api/v1/programs" }""";

    static final String PRECONDITION_FAILED_PROBLEM = """
            { "type": "https://sinergi.id/problems/precondition-failed", "title": "Precondition Failed", "status": 412,
              "detail": "the resource changed since you read it; read it again and retry with its new ETag",
              "currentEtag": "\\"3\\"", "instance": "/api/v1/programs/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" }""";

    static final String PRECONDITION_REQUIRED_PROBLEM = """
            { "type": "https://sinergi.id/problems/precondition-required", "title": "Precondition Required", "status": 428,
              "detail": "this update needs an If-Match header with the ETag you last read",
              "instance": "/api/v1/programs/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" }""";

    static final String FORBIDDEN_PROBLEM = """
            { "type": "https://sinergi.id/problems/forbidden", "title": "Forbidden", "status": 403,
              "detail": "'approve' needs one of the roles [lapas-head, lapas-program-officer]",
              "instance": "/api/v1/enrolments/7a9d3e2c-1b4f-4c8a-9e6d-2f5a8b1c3d40/approve" }""";

    static final String ATTENDANCE_PROBLEM = """
            { "type": "https://sinergi.id/problems/absence-reason-required", "title": "Unprocessable Content", "status": 422,
              "detail": "an absence needs its reason: SICK, REFUSED, COURT, LOAN or OTHER", "field": "records[1].absenceReason",
              "instance": "/api/v1/programs/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f/sessions/5b3a4f6e-7d8c-4901-9cde-2f3a4b5c6d7e/attendance" }""";

    private Examples() {
    }
}
