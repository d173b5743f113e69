package com.linli.domain.supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.linli.domain.shared.PlainText;

/** What an admin records about a supplier, when creating or editing it. Only the name is required. */
public record SupplierDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{supplier.name.size}") @PlainText String name,
        @Size(max = 40, message = "{supplier.contactPerson.size}") @PlainText String contactPerson,
        @Size(max = 20, message = "{supplier.phone.size}") @PlainText String phone,
        @Size(max = 200, message = "{supplier.address.size}") @PlainText(multiline = true) String address,
        @Size(max = 1000, message = "{supplier.terms.size}") @PlainText(multiline = true) String terms) {

    public static SupplierDetails empty() {
        return new SupplierDetails("", "", "", "", "");
    }
}
