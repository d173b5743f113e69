package com.linli.domain.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.linli.domain.shared.MaxBytes;
import com.linli.domain.shared.PlainText;

/** What a visitor gives to become a member. Usernames are compared as given, in lower case. */
public record Registration(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-zA-Z0-9_]{3,32}", message = "{registration.username.invalid}")
        @PlainText String username,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{registration.displayName.size}")
        @PlainText String displayName,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "1\\d{10}", message = "{registration.phone.invalid}")
        @PlainText String phone,
        @NotBlank(message = "{validation.required}") @Size(min = 8, message = "{registration.password.size}")
        @MaxBytes(value = PasswordHasher.MAX_BYTES, message = "{registration.password.bytes}") @PlainText String password) {
}
