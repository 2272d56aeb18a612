package kr.maskportal.seller.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a seller type as the two-digit code of the public API ("01", "02", "03"). */
@Converter
public class SellerTypeConverter implements AttributeConverter<SellerType, String> {

    @Override
    public String convertToDatabaseColumn(SellerType type) {
        return type == null ? null : type.code();
    }

    @Override
    public SellerType convertToEntityAttribute(String code) {
        return code == null ? null
                : SellerType.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown seller type " + code));
    }
}
