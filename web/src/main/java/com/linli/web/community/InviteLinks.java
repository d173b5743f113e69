package com.linli.web.community;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.linli.domain.community.Community;

/** The address a leader or member shares: the community's invite code, and who shares it. */
public final class InviteLinks {

    private InviteLinks() {
    }

    /** Absolute, because it leaves the site: pasted into chats or printed as a QR code. */
    public static String of(Community community, long sharedBy) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/join/{code}").queryParam("ref", sharedBy)
                .buildAndExpand(community.getInviteCode()).toUriString();
    }
}
