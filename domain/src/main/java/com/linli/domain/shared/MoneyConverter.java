package com.linli.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Money} as a {@code bigint} of fen. */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, Long> {

    @Override
    public Long convertToDatabaseColumn(Money money) {
        return money == null ? null : money.fen();
    }

    @Override
    public Money convertToEntityAttribute(Long fen) {
        return fen == null ? null : Money.ofFen(fen);
    }
}
