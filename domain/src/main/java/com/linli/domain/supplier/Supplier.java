package com.linli.domain.supplier;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A company or farm the platform buys from. */
@Entity
@Table(name = "suppliers")
public class Supplier {

    @Id
    @GeneratedValue(generator = "suppliers_seq")
    @SequenceGenerator(name = "suppliers_seq", sequenceName = "suppliers_seq", allocationSize = 50)
    private Long id;

    private String name;

    private String contactPerson;

    private String phone;

    private String address;

    private String terms;

    @Enumerated(EnumType.STRING)
    private SupplierStatus status;

    private Instant createdAt;

    private Instant updatedAt;

    protected Supplier() {
    }

    private Supplier(SupplierDetails details, Instant now) {
        this.status = SupplierStatus.ACTIVE;
        this.createdAt = now;
        apply(details, now);
    }

    public static Supplier register(SupplierDetails details, Instant now) {
        return new Supplier(details, now);
    }

    void edit(SupplierDetails details, Instant now) {
        apply(details, now);
    }

    /** Its products can no longer be put into new group-buys; group-buys already posted are unaffected. */
    void deactivate(Instant now) {
        changeStatus(SupplierStatus.INACTIVE, now);
    }

    void reactivate(Instant now) {
        changeStatus(SupplierStatus.ACTIVE, now);
    }

    private void changeStatus(SupplierStatus status, Instant now) {
        if (this.status != status) {
            this.status = status;
            this.updatedAt = now;
        }
    }

    private void apply(SupplierDetails details, Instant now) {
        this.name = Objects.requireNonNull(details.name(), "name").strip();
        this.contactPerson = blankToNull(details.contactPerson());
        this.phone = blankToNull(details.phone());
        this.address = blankToNull(details.address());
        this.terms = blankToNull(details.terms());
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isActive() {
        return status == SupplierStatus.ACTIVE;
    }

    /** The details as a form shows them for editing. */
    public SupplierDetails details() {
        return new SupplierDetails(name, contactPerson, phone, address, terms);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getTerms() {
        return terms;
    }

    public SupplierStatus getStatus() {
        return status;
    }
}
