package com.linli.web.home;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.linli.domain.community.Community;
import com.linli.domain.community.CommunityService;
import com.linli.web.security.SignedInUser;

@Controller
class HomeController {

    private static final String LANDING = "home/landing";

    private final CommunityService communities;

    HomeController(CommunityService communities) {
        this.communities = communities;
    }

    /**
     * Signed in (signing in lands here too), Linli opens where the member belongs: their
     * community's home, or with several the list to choose from. The landing page is for visitors
     * and for members yet to join a community.
     */
    @GetMapping("/")
    String landing(@AuthenticationPrincipal SignedInUser me) {
        var mine = me == null ? List.<Community>of() : communities.communitiesOf(me.getId());
        return switch (mine.size()) {
            case 0 -> LANDING;
            case 1 -> "redirect:/c/" + mine.get(0).getId();
            default -> "redirect:/me/communities";
        };
    }
}
