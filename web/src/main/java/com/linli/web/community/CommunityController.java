package com.linli.web.community;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.community.Community;
import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;
import com.linli.domain.community.LeaderCannotLeave;
import com.linli.domain.community.LeaveCommunity;
import com.linli.domain.community.UnknownInviteCode;
import com.linli.domain.groupbuy.GroupBuyPages;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;

/** Finding communities, joining them (directly or by invite link), their home, and leaving them. */
@Controller
class CommunityController {

    private static final String LIST = "community/list";
    private static final String SHOW = "community/show";
    private static final String HOME = "community/home";
    private static final String MINE = "community/mine";
    private static final String UNKNOWN_INVITE = "community/unknown-invite";

    private final CommunityService communities;
    private final GroupBuyPages groupBuyPages;

    CommunityController(CommunityService communities, GroupBuyPages groupBuyPages) {
        this.communities = communities;
        this.groupBuyPages = groupBuyPages;
    }

    @GetMapping("/communities")
    String list(@RequestParam(defaultValue = "") @PlainText String city, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var paged = communities.browse(city, PageQuery.of(page));
        model.addAttribute("city", city);
        model.addAttribute("cities", communities.cities());
        model.addAttribute("communities", paged);
        model.addAttribute("memberCounts", communities.memberCounts(paged.items().stream().map(Community::getId).toList()));
        return LIST;
    }

    @GetMapping("/communities/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        return show(communities.community(id), null, me, model);
    }

    /** An invite link: the community and a join button; a visitor's join waits for their sign-in. */
    @GetMapping("/join/{code}")
    String invitation(@PathVariable @PlainText String code, @RequestParam(required = false) Long ref,
                      @AuthenticationPrincipal SignedInUser me, HttpSession session, Model model) {
        var community = communities.byInviteCode(code);
        if (me == null) {
            new PendingJoin(community.getInviteCode(), ref).keepIn(session);
        }
        model.addAttribute("invitation", true);
        return show(community, ref, me, model);
    }

    private String show(Community community, Long ref, SignedInUser me, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("ref", ref);
        model.addAttribute("memberCount", communities.memberCount(community.getId()));
        model.addAttribute("member", me != null && communities.isMember(community.getId(), me.getId()));
        return SHOW;
    }

    @PostMapping("/communities/{id}/join")
    String join(@PathVariable long id, @RequestParam(required = false) Long ref, @AuthenticationPrincipal SignedInUser me,
                RedirectAttributes redirect) {
        communities.join(new JoinCommunity(id, me.getId(), ref));
        redirect.addFlashAttribute("message", "community.joined");
        return "redirect:/c/" + id;
    }

    /** The community's home is for its members; anyone else is shown the public page to join. */
    @GetMapping("/c/{id}")
    String home(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal SignedInUser me, Model model) {
        var home = groupBuyPages.communityHome(id, me.getId(), PageQuery.of(page));
        if (home.isEmpty()) {
            return "redirect:/communities/" + id;
        }
        var community = home.get().community();
        model.addAttribute("community", community);
        model.addAttribute("groupBuys", home.get().groupBuys());
        model.addAttribute("inviteLink", InviteLinks.of(community, me.getId()));
        return HOME;
    }

    @GetMapping("/me/communities")
    String mine(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("communities", communities.communitiesOf(me.getId()));
        return MINE;
    }

    @PostMapping("/me/communities/{id}/leave")
    String leave(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model,
                 RedirectAttributes redirect) {
        try {
            communities.leave(new LeaveCommunity(id, me.getId()));
        } catch (LeaderCannotLeave e) {
            model.addAttribute("refusal", e);
            return mine(me, model);
        }
        redirect.addFlashAttribute("message", "membership.left");
        return "redirect:/me/communities";
    }

    @ExceptionHandler(UnknownInviteCode.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownInvite() {
        return UNKNOWN_INVITE;
    }
}
