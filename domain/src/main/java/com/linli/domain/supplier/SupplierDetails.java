package com.linli.domain.supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin records about a supplier, when creating or editing it. Only the name is required. */
public record SupplierDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{supplier.name.size}") String name,
        @Size(max = 40, message = "{supplier.contactPerson.size}") String contactPerson,
        @Size(max = 20, message = "{supplier.phone.size}") String phone,
        @Size(max = 200, message = "{supplier.address.size}") String address,
        @Size(max = 1000, message = "{supplier.terms.size}") String terms) {

    public static SupplierDetails empty() {
        return new SupplierDetails("", "", "", "", "");
    }
}
