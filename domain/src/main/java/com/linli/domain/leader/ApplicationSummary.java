package com.linli.domain.leader;

/** An application with what the admin needs to know about the applicant. */
public record ApplicationSummary(LeaderApplication application, String applicantName, String applicantPhone) {
}
