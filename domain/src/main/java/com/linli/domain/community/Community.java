package com.linli.domain.community;

import java.time.Instant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A residential community (社区) whose members collect at one pickup point; joined by invite code. */
@Entity
@Table(name = "communities")
public class Community {

    @Id
    @GeneratedValue(generator = "communities_seq")
    @SequenceGenerator(name = "communities_seq", sequenceName = "communities_seq", allocationSize = 50)
    private Long id;

    private String name;

    private String city;

    private String district;

    private String inviteCode;

    @Enumerated(EnumType.STRING)
    private CommunityStatus status;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pickup_point_id")
    private PickupPoint pickupPoint;

    private Instant createdAt;

    private Instant updatedAt;

    protected Community() {
    }

    private Community(FoundCommunity founding, String inviteCode, Instant now) {
        this.name = founding.name().strip();
        this.city = founding.city().strip();
        this.district = founding.district().strip();
        this.inviteCode = inviteCode;
        this.status = CommunityStatus.ACTIVE;
        this.pickupPoint = new PickupPoint(founding.pickupPointName().strip(), founding.address().strip(),
                founding.openingHours().strip(), founding.contactPhone(), now);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Community found(FoundCommunity founding, String inviteCode, Instant now) {
        if (!InviteCode.isWellFormed(inviteCode)) {
            throw new IllegalArgumentException("Malformed invite code");
        }
        return new Community(founding, inviteCode, now);
    }

    /** The old code stops working at once: a leaked link is withdrawn by regenerating. */
    void changeInviteCode(String newCode, Instant now) {
        if (!InviteCode.isWellFormed(newCode) || newCode.equals(inviteCode)) {
            throw new IllegalArgumentException("A new invite code must be well formed and different");
        }
        this.inviteCode = newCode;
        this.updatedAt = now;
    }

    void suspend(Instant now) {
        changeStatus(CommunityStatus.SUSPENDED, now);
    }

    void reinstate(Instant now) {
        changeStatus(CommunityStatus.ACTIVE, now);
    }

    private void changeStatus(CommunityStatus status, Instant now) {
        if (this.status != status) {
            this.status = status;
            this.updatedAt = now;
        }
    }

    public boolean isActive() {
        return status == CommunityStatus.ACTIVE;
    }

    /** Group-buys, orders and joins of a suspended community are refused. */
    public void ensureActive() {
        if (!isActive()) {
            throw new CommunityIsSuspended(name);
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getDistrict() {
        return district;
    }

    public String getInviteCode() {
        return inviteCode;
    }

    public CommunityStatus getStatus() {
        return status;
    }

    public PickupPoint getPickupPoint() {
        return pickupPoint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
