package com.linli.domain.leader;

public record RejectApplication(long applicationId, long adminId, String reason) {
}
