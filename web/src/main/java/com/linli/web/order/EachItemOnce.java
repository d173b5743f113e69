package com.linli.web.order;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The lines of an order name each item once: two quantities of one item would leave one of them unsaid. */
@Documented
@Constraint(validatedBy = EachItemOnce.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface EachItemOnce {

    String message() default "{api.order.lines.duplicate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EachItemOnce, List<OrderApiController.LineRequest>> {

        @Override
        public boolean isValid(List<OrderApiController.LineRequest> lines, ConstraintValidatorContext context) {
            if (lines == null) {
                return true;
            }
            var items = lines.stream().filter(Objects::nonNull).map(OrderApiController.LineRequest::itemId)
                    .filter(Objects::nonNull).toList();
            return new HashSet<>(items).size() == items.size();
        }
    }
}
