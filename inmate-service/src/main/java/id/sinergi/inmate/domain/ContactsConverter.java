package id.sinergi.inmate.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's contacts as the JSON text of their column. Its own plain mapper: the service's REST
 * mapper is configured for the API (strict input), and Quarkus refuses to lend it to JSON columns.
 */
@Converter
public class ContactsConverter implements AttributeConverter<List<Contact>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Contact> contacts) {
        try {
            return JSON.writeValueAsString(contacts == null ? List.of() : contacts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("contacts cannot be written as JSON", e);
        }
    }

    @Override
    public List<Contact> convertToEntityAttribute(String json) {
        try {
            return json == null ? new ArrayList<>() : new ArrayList<>(JSON.readValue(json, CONTACTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contacts are not the JSON of a list of contacts", e);
        }
    }
}
