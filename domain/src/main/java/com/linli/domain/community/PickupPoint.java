package com.linli.domain.community;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Where the members of a community collect their goods: a store or a leader's home. */
@Entity
@Table(name = "pickup_points")
public class PickupPoint {

    @Id
    @GeneratedValue(generator = "pickup_points_seq")
    @SequenceGenerator(name = "pickup_points_seq", sequenceName = "pickup_points_seq", allocationSize = 50)
    private Long id;

    private String name;

    private String address;

    private String openingHours;

    private String contactPhone;

    private Instant createdAt;

    private Instant updatedAt;

    protected PickupPoint() {
    }

    PickupPoint(String name, String address, String openingHours, String contactPhone, Instant now) {
        this.name = name;
        this.address = address;
        this.openingHours = openingHours;
        this.contactPhone = contactPhone;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getContactPhone() {
        return contactPhone;
    }
}
