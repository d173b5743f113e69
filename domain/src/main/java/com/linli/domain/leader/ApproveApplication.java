package com.linli.domain.leader;

public record ApproveApplication(long applicationId, long adminId) {
}
