package com.linli.web.community;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;
import com.linli.domain.community.ListedCommunity;
import com.linli.domain.community.Membership;
import com.linli.domain.shared.PlainText;
import com.linli.web.api.ApiController;
import com.linli.web.api.PageView;
import com.linli.web.api.Paging;
import com.linli.web.api.ProblemType;
import com.linli.web.api.Refusals;
import com.linli.web.security.SignedInUser;

/** Finding a community by city and joining it, as the pages do. */
@ApiController
@RequestMapping("/api/v1/communities")
@Tag(name = "Communities", description = "Find a community and join it")
class CommunityApiController {

    private final CommunityService communities;

    CommunityApiController(CommunityService communities) {
        this.communities = communities;
    }

    @GetMapping
    @Operation(summary = "List active communities", description = "By name, of one city or of all; no token needed.")
    @SecurityRequirements
    PageView<CommunityView> list(@Parameter(description = "A city, e.g. 成都; all cities when empty")
                                 @RequestParam(defaultValue = "") @Size(max = 40, message = "{api.city.size}")
                                 @PlainText String city,
                                 @ParameterObject @Valid Paging paging) {
        return PageView.of(communities.directory(city, paging.query()), CommunityView::of);
    }

    @PostMapping("/{id}/join")
    @Operation(summary = "Join a community", description = "Joining again changes nothing and answers the same.")
    @Refusals({ProblemType.NOT_FOUND, ProblemType.STATE_CONFLICT})
    MembershipView join(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return MembershipView.of(communities.join(new JoinCommunity(id, me.getId(), null)));
    }

    @Schema(description = "A community and where its members collect their goods")
    record CommunityView(long id, String name, String city, String district, PickupPointView pickupPoint,
                         long memberCount) {

        static CommunityView of(ListedCommunity listed) {
            var community = listed.community();
            var point = community.getPickupPoint();
            return new CommunityView(community.getId(), community.getName(), community.getCity(),
                    community.getDistrict(), new PickupPointView(point.getName(), point.getAddress(),
                    point.getOpeningHours()), listed.memberCount());
        }
    }

    @Schema(description = "A community's pickup point (自提点)")
    record PickupPointView(String name, String address, String openingHours) {
    }

    @Schema(description = "The caller's membership of a community")
    record MembershipView(long communityId, Instant joinedAt) {

        static MembershipView of(Membership membership) {
            return new MembershipView(membership.getCommunityId(), membership.getJoinedAt());
        }
    }
}
