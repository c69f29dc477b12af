package id.sinergi.liaison.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Values kept as JSON in a column (a summary as sent, a loan's escorts), written and read with the service's mapper. */
@ApplicationScoped
public class JsonColumns {

    @Inject
    ObjectMapper objectMapper;

    public String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    /** Fields a stored value has and its type no longer knows (a summary sent before a field was dropped) are skipped. */
    public <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column is not a " + type.getType().getTypeName(), e);
        }
    }
}
