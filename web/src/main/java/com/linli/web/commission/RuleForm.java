package com.linli.web.commission;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import com.linli.domain.commission.CommissionScope;
import com.linli.domain.commission.Rate;
import com.linli.domain.commission.RuleTerms;
import com.linli.domain.shared.PlainText;

/**
 * The rule form: a scope, the one target of the scope's own list, a rate as a percentage ("12.5"),
 * and the days in force in Beijing time (the last one may stay empty).
 */
record RuleForm(
        @NotNull(message = "{validation.required}") CommissionScope scope,
        Long supplierId,
        Long categoryId,
        Long productId,
        Long leaderId,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = PERCENT, message = "{commission.rate-invalid}") @PlainText String rate,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {

    /** What {@link Rate#parsePercent} reads, blanks around allowed; blank is left to @NotBlank. */
    static final String PERCENT = "(\\s*(" + Rate.PERCENT + ")\\s*)?";

    static RuleForm startingOn(LocalDate firstDay) {
        return new RuleForm(null, null, null, null, null, "", firstDay, null);
    }

    RuleTerms toTerms() {
        return new RuleTerms(scope, targetId(), Rate.parsePercent(rate), firstDay, lastDay);
    }

    /** The target chosen in the scope's own list; the other lists are ignored. */
    Long targetId() {
        return scope == null ? null : switch (scope) {
            case SUPPLIER -> supplierId;
            case CATEGORY -> categoryId;
            case PRODUCT -> productId;
            case LEADER -> leaderId;
            case DEFAULT -> null;
        };
    }

    /** The field that names the scope's target. */
    static String targetField(CommissionScope scope) {
        return switch (scope) {
            case SUPPLIER -> "supplierId";
            case CATEGORY -> "categoryId";
            case PRODUCT -> "productId";
            case LEADER -> "leaderId";
            case DEFAULT -> "scope";
        };
    }
}
