package com.linli.domain.leader;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.linli.domain.shared.PlainText;

/** What an applicant proposes: the community they will lead and its pickup point. */
public record Proposal(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{leader.application.tooLong}")
        @PlainText String communityName,
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{leader.application.tooLong}")
        @PlainText String city,
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{leader.application.tooLong}")
        @PlainText String district,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{leader.application.tooLong}")
        @PlainText String address,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{leader.application.tooLong}")
        @PlainText String pickupPointName,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{leader.application.tooLong}")
        @PlainText String openingHours,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "1\\d{10}", message = "{registration.phone.invalid}")
        @PlainText String contactPhone,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{leader.application.tooLong}")
        @PlainText(multiline = true) String introduction) {
}
