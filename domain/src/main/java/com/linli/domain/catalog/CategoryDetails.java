package com.linli.domain.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.linli.domain.shared.PlainText;

/** A category's name, when creating or renaming it. */
public record CategoryDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{category.name.size}")
        @PlainText String name) {
}
