package id.sinergi.inmate.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores register classes by their official code, as they appear in register numbers. */
@Converter
public class RegisterClassConverter implements AttributeConverter<RegisterClass, String> {

    @Override
    public String convertToDatabaseColumn(RegisterClass registerClass) {
        return registerClass == null ? null : registerClass.code();
    }

    @Override
    public RegisterClass convertToEntityAttribute(String code) {
        return code == null ? null : RegisterClass.fromCode(code);
    }
}
