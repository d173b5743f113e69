package com.linli.persistence.community;

record MemberCount(Long communityId, Long members) {
}
