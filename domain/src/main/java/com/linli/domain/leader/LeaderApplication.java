package com.linli.domain.leader;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.linli.domain.community.FoundCommunity;

/** A member's application to become a leader (团长申请): PENDING until an admin approves or rejects it. */
@Entity
@Table(name = "leader_applications")
public class LeaderApplication {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(generator = "leader_applications_seq")
    @SequenceGenerator(name = "leader_applications_seq", sequenceName = "leader_applications_seq", allocationSize = 50)
    private Long id;

    private Long applicantId;

    private String communityName;

    private String city;

    private String district;

    private String address;

    private String pickupPointName;

    private String openingHours;

    private String contactPhone;

    private String introduction;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private String rejectionReason;

    private Long decidedBy;

    private Instant decidedAt;

    private Instant createdAt;

    private Instant updatedAt;

    protected LeaderApplication() {
    }

    private LeaderApplication(long applicantId, Proposal proposal, Instant now) {
        this.applicantId = applicantId;
        this.communityName = proposal.communityName().strip();
        this.city = proposal.city().strip();
        this.district = proposal.district().strip();
        this.address = proposal.address().strip();
        this.pickupPointName = proposal.pickupPointName().strip();
        this.openingHours = proposal.openingHours().strip();
        this.contactPhone = proposal.contactPhone();
        this.introduction = proposal.introduction().strip();
        this.status = ApplicationStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static LeaderApplication submit(long applicantId, Proposal proposal, Instant now) {
        return new LeaderApplication(applicantId, proposal, now);
    }

    void approve(long adminId, Instant now) {
        decide(ApplicationStatus.APPROVED, adminId, now);
    }

    void reject(long adminId, String reason, Instant now) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new RejectionReasonRequired();
        }
        decide(ApplicationStatus.REJECTED, adminId, now);
        this.rejectionReason = reason.strip();
    }

    private void decide(ApplicationStatus decision, long adminId, Instant now) {
        if (status != ApplicationStatus.PENDING) {
            throw new ApplicationAlreadyDecided(id);
        }
        this.status = decision;
        this.decidedBy = adminId;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    FoundCommunity founding() {
        return new FoundCommunity(communityName, city, district, address, pickupPointName, openingHours, contactPhone);
    }

    public boolean isPending() {
        return status == ApplicationStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getCommunityName() {
        return communityName;
    }

    public String getCity() {
        return city;
    }

    public String getDistrict() {
        return district;
    }

    public String getAddress() {
        return address;
    }

    public String getPickupPointName() {
        return pickupPointName;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getIntroduction() {
        return introduction;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
