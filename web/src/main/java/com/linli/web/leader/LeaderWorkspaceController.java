package com.linli.web.leader;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.insight.InsightService;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.shared.PageQuery;
import com.linli.web.community.InviteLinks;
import com.linli.web.security.SignedInUser;
import com.linli.web.shared.QrCode;

/**
 * The leader's workspace. Everything is resolved from the signed-in leader: a community id in a
 * URL only names which of their communities the page was rendered for, and anyone else's is not
 * found. A suspended leader gets the rejection page from every route here.
 */
@Controller
@RequestMapping("/leader")
class LeaderWorkspaceController {

    private static final String WORKSPACE = "leader/workspace";
    private static final int QR_SIZE = 320;

    private final LeaderService leaders;
    private final InsightService insight;

    LeaderWorkspaceController(LeaderService leaders, InsightService insight) {
        this.leaders = leaders;
        this.insight = insight;
    }

    /** @param page of the member list */
    @GetMapping
    String workspace(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        var dashboard = insight.leaderDashboard(me.getId(), PageQuery.of(page));
        var community = dashboard.community();
        model.addAttribute("community", community);
        model.addAttribute("memberCount", dashboard.members().count());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("inviteLink", InviteLinks.of(community, me.getId()));
        return WORKSPACE;
    }

    @GetMapping("/communities/{id}/invite-qr.png")
    ResponseEntity<byte[]> inviteQrCode(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        var community = leaders.ownCommunity(me.getId(), id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCode.png(InviteLinks.of(community, me.getId()), QR_SIZE));
    }

    @PostMapping("/communities/{id}/invite-code")
    String regenerateInviteCode(@PathVariable long id, @AuthenticationPrincipal SignedInUser me,
                                RedirectAttributes redirect) {
        leaders.regenerateInviteCode(me.getId(), id);
        redirect.addFlashAttribute("message", "leader.invite.regenerated");
        return "redirect:/leader";
    }
}
