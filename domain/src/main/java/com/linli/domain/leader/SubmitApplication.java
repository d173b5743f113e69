package com.linli.domain.leader;

public record SubmitApplication(long applicantId, Proposal proposal) {
}
