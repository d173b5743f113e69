package com.linli.domain.leader;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an applicant proposes: the community they will lead and its pickup point. */
public record Proposal(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{leader.application.tooLong}") String communityName,
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{leader.application.tooLong}") String city,
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{leader.application.tooLong}") String district,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{leader.application.tooLong}") String address,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{leader.application.tooLong}") String pickupPointName,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{leader.application.tooLong}") String openingHours,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "1\\d{10}", message = "{registration.phone.invalid}") String contactPhone,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{leader.application.tooLong}") String introduction) {
}
