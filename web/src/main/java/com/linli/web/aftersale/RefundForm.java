package com.linli.web.aftersale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import com.linli.domain.order.OrderLimits;
import com.linli.domain.shared.PlainText;

/** A member's after-sale request for one line: how many units, why, and a photo if they like. */
record RefundForm(
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{aftersale.form.quantity}") @Max(value = OrderLimits.CEILING, message = "{aftersale.form.quantity}") Integer quantity,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{aftersale.form.reason-size}") @PlainText(multiline = true) String reason,
        MultipartFile photo) {

    static RefundForm empty() {
        return new RefundForm(null, "", null);
    }

    boolean hasPhoto() {
        return photo != null && !photo.isEmpty();
    }
}
