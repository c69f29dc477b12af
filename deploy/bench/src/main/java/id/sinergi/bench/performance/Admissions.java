package id.sinergi.bench.performance;

import java.util.List;

/**
 * Admission bodies for load: plausible convicts with unique NIKs, so every request is a real
 * admission (a new person and their stay, a register number, name words, a timeline entry, an
 * outbox event) and none is refused. The theft began before 2 January 2026, so the bare "KUHP" is
 * the old KUHP, whose Pasal 362 the offence table knows (a later case would read it as UU 1/2023
 * Pasal 362, which the table does not list, and every admission would join the uncategorised list).
 */
final class Admissions {

    static final List<String> NAMES = List.of("Ahmad", "Muhammad", "Rizani", "Noor", "Rahmat", "Hidayat", "Syahrani",
            "Fauzan", "Gusti", "Aulia", "Ramadhan", "Saputra", "Hasan", "Husin", "Bahrani", "Jumberi", "Mahlianor",
            "Fitriani", "Siti", "Rahmah", "Kurniawan", "Akbar", "Hairil", "Anwar", "Lukman", "Zainal", "Ilmi", "Taufik");

    private static final String[] RISK = {"LOW", "MEDIUM", "HIGH"};

    private Admissions() {
    }

    /** The JSON of the {@code n}-th admission of a run; {@code nikPrefix} (8 digits) keeps runs apart. */
    static String body(String nikPrefix, long n) {
        String name = NAMES.get((int) (n % NAMES.size())) + " " + NAMES.get((int) ((n / NAMES.size() + 7 * n) % NAMES.size()));
        return String.format("""
                {"fullName":"%s","nik":"%s%08d","sex":"MALE","nationality":"IDN","registerClass":"B.I",\
                "offences":[{"article":"Pasal 362","law":"KUHP","description":"Pencurian","caseBegunOn":"2025-11-20"}],\
                "sentence":{"start":"2026-01-15","years":2,"months":0,"days":0},"cellBlock":"A-1","riskLevel":"%s"}""",
                name, nikPrefix, n, RISK[(int) (n % RISK.length)]);
    }

    /**
     * The same admissions as a wrk script: each wrk thread numbers its own requests, and the NIK
     * holds the run's second of start and the thread, so two runs never admit the same NIK. Request
     * by request the script takes the next of {@code tokens} (registrars of different facilities):
     * each admission goes to its registrar's facility.
     */
    static String wrkScript(List<String> tokens) {
        StringBuilder names = new StringBuilder();
        for (String name : NAMES) {
            names.append('"').append(name).append("\",");
        }
        StringBuilder bearers = new StringBuilder();
        for (String token : tokens) {
            bearers.append("\"Bearer ").append(token).append("\",");
        }
        return """
                wrk.method = "POST"
                local bearers = {%s}
                local names = {%s}
                local risks = {"LOW", "MEDIUM", "HIGH"}
                local started = string.format("%%05d", os.time() %% 100000)
                local threads = 0
                function setup(thread)
                  thread:set("thread_no", threads)
                  threads = threads + 1
                end
                local counter = 0
                request = function()
                  counter = counter + 1
                  local name = names[counter %% #names + 1] .. " " .. names[(counter * 7 + thread_no) %% #names + 1]
                  local body = string.format('{"fullName":"%%s","nik":"63%%s%%d%%08d","sex":"MALE","nationality":"IDN",'
                    .. '"registerClass":"B.I","offences":[{"article":"Pasal 362","law":"KUHP","description":"Pencurian","caseBegunOn":"2025-11-20"}],'
                    .. '"sentence":{"start":"2026-01-15","years":2,"months":0,"days":0},"cellBlock":"A-1","riskLevel":"%%s"}',
                    name, started, thread_no, counter, risks[counter %% 3 + 1])
                  local headers = {["Content-Type"] = "application/json",
                                   ["Authorization"] = bearers[(counter + thread_no) %% #bearers + 1]}
                  return wrk.format(nil, nil, headers, body)
                end
                """.formatted(bearers, names);
    }
}
