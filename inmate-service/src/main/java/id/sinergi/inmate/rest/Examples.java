package id.sinergi.inmate.rest;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    static final String ADMISSION_REQUEST = """
            {
              "fullName": "Ahmad Rizani",
              "nik": "6308011203900001",
              "registerClass": "B.I",
              "riskLevel": "HIGH",
              "admittedOn": "2026-11-02"
            }""";

    static final String INMATE = """
            {
              "id": "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10",
              "registerNumber": "B.I-0123/2026",
              "registerClass": "B.I",
              "fullName": "Ahmad Rizani",
              "nik": "6308011203900001",
              "riskLevel": "HIGH",
              "status": "IN_CUSTODY",
              "admittedOn": "2026-11-02",
              "version": 0
            }""";

    static final String VALIDATION_PROBLEM = """
            {
              "status": 400,
              "title": "Bad Request",
              "instance": "/api/v1/inmates",
              "violations": [
                { "field": "nik", "in": "body", "message": "must be exactly 16 digits" }
              ]
            }""";

    static final String DUPLICATE_NIK_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/duplicate-nik",
              "status": 409,
              "title": "Conflict",
              "detail": "a WBP with this NIK is already in the register"
            }""";

    static final String NOT_FOUND_PROBLEM = """
            {
              "type": "https://sinergi.id/problems/not-found",
              "status": 404,
              "title": "Not Found",
              "detail": "Inmate 0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10 does not exist or is not yours to see"
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
