package id.sinergi.program.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The optional filters of a list as one HQL condition with named parameters: a filter left out selects everything. */
final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code field = value} when the value is given. */
    Filter equal(String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.put(field, value);
        }
        return this;
    }

    /** A condition without parameters, when it applies. */
    Filter when(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
