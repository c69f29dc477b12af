// What an agency's tool does with the generated client: admit a WBP, find them by NIK, read the
// record, and tell Sinergi's problems (RFC 9457) apart from other failures. The build type-checks
// this file against the clients generated from docs/api/; deploy/clients/README.md shows it.
import {
    Configuration, InmatesApi, ProblemFromJSON, ResponseError, type Inmate, type Problem,
} from '@sinergi/inmate-client';

/** The inmate-service API through the gateway, with the agency's token on every call. */
export function inmatesApi(gatewayUrl: string, token: () => Promise<string>): InmatesApi {
    return new InmatesApi(new Configuration({ basePath: gatewayUrl, accessToken: token }));
}

/** The problem details of a failed call, or undefined when the failure was not such an answer. */
export async function problemOf(error: unknown): Promise<Problem | undefined> {
    if (error instanceof ResponseError
        && error.response.headers.get('Content-Type')?.startsWith('application/problem+json')) {
        return ProblemFromJSON(await error.response.json());
    }
    return undefined;
}

/** Admits a convict and reads the record back; a second admission of the same NIK is a 409 problem. */
export async function admitAndRead(api: InmatesApi, nik: string): Promise<Inmate | undefined> {
    try {
        await api.admitInmate({
            idempotencyKey: `desk-${nik}`,
            admissionRequest: {
                fullName: 'Ahmad Rizani', nik, sex: 'MALE', nationality: 'IDN', registerClass: 'B.I',
                offences: [{ article: 'Pasal 114 ayat (1)', law: 'UU 35/2009' }],
                sentence: { start: new Date('2026-01-15'), years: 5, months: 6, days: 0 },
                cellBlock: 'A-2', riskLevel: 'HIGH',
            },
        });
    } catch (error) {
        const problem = await problemOf(error);
        if (problem?.type !== 'https://sinergi.id/problems/open-stay') {
            throw error;
        }
    }
    const found = await api.searchInmates({ nik });
    const id = found.items[0]?.id;
    if (id == null) {
        return undefined;
    }
    const record = await api.getInmate({ id });
    return record.view === 'FULL' ? record : undefined;
}
