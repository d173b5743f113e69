package com.linli.domain.groupbuy;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.Product;
import com.linli.domain.community.CommunityService;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** A leader's group-buys: draft from the catalog, revise, publish, cancel, copy. */
@Service
@Transactional
public class GroupBuyService {

    private static final List<GroupBuyStatus> VISIBLE_TO_MEMBERS = List.of(GroupBuyStatus.OPEN, GroupBuyStatus.CLOSED,
            GroupBuyStatus.DELIVERING, GroupBuyStatus.READY, GroupBuyStatus.COMPLETED);

    private final GroupBuys groupBuys;
    private final Stock stock;
    private final CatalogService catalog;
    private final LeaderService leaders;
    private final CommunityService communities;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupBuyService(GroupBuys groupBuys, Stock stock, CatalogService catalog, LeaderService leaders,
                    CommunityService communities, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.groupBuys = groupBuys;
        this.stock = stock;
        this.catalog = catalog;
        this.leaders = leaders;
        this.communities = communities;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public GroupBuy draft(long leaderUserId, GroupBuyDetails details, List<ItemRequest> items) {
        var community = leaders.communityLedBy(leaderUserId);
        return groupBuys.save(GroupBuy.draft(community.getId(), leaderUserId, details, specs(items), clock.instant()));
    }

    public GroupBuy revise(long leaderUserId, long groupBuyId, GroupBuyDetails details, List<ItemRequest> items) {
        var groupBuy = own(leaderUserId, groupBuyId);
        groupBuy.revise(details, specs(items), clock.instant());
        return groupBuys.save(groupBuy);
    }

    public GroupBuy publish(long leaderUserId, long groupBuyId) {
        var groupBuy = own(leaderUserId, groupBuyId);
        leaders.communityLedBy(leaderUserId).ensureActive();
        var supplies = groupBuy.getItems().stream().map(item -> catalog.offerableProduct(item.getProductId()))
                .collect(Collectors.toMap(Product::getId,
                        product -> new Supply(product.getSupplierId(), product.getSupplyPrice())));
        groupBuy.publish(supplies, clock.instant());
        return groupBuys.save(groupBuy);
    }

    /** Their purchase order was shipped: the goods are on their way to the pickup points. */
    public void startDelivering(Collection<Long> groupBuyIds) {
        if (!groupBuyIds.isEmpty()) {
            groupBuys.startDelivering(groupBuyIds, clock.instant());
        }
    }

    /** Everything these group-buys sold was signed for at their pickup points. */
    public void goodsArrived(Collection<Long> groupBuyIds) {
        for (var groupBuy : groupBuys.findByIdIn(groupBuyIds)) {
            groupBuy.goodsArrived(clock.instant());
            groupBuys.save(groupBuy);
        }
    }

    /**
     * Only while no order holds it: an order holds it exactly when some unit is sold. The exclusive
     * lock waits for orders being placed right now, so the sold counters read after it are final.
     */
    public GroupBuy cancel(long leaderUserId, long groupBuyId) {
        leaders.activeLeader(leaderUserId);
        var groupBuy = groupBuys.findForClosing(groupBuyId).filter(candidate -> candidate.getLeaderId() == leaderUserId)
                .orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
        groupBuy.cancelByLeader(stock.soldByItem(groupBuyId).values().stream().anyMatch(sold -> sold > 0),
                clock.instant());
        return saveAndPublish(groupBuy);
    }

    /**
     * The exclusive lock waits for orders being placed right now and holds off the next ones, so every
     * order the cancellation voids is final.
     */
    public GroupBuy cancelByAdmin(long adminId, long groupBuyId, String reason) {
        var groupBuy = groupBuys.findForClosing(groupBuyId).orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
        groupBuy.cancelByAdmin(adminId, reason, clock.instant());
        audit.record(AuditAction.GROUP_BUY_CANCELLED, groupBuyId, groupBuy.getTitle() + " · " + groupBuy.getCancelReason());
        return saveAndPublish(groupBuy);
    }

    @Transactional(readOnly = true)
    public GroupBuy own(long leaderUserId, long groupBuyId) {
        leaders.activeLeader(leaderUserId);
        return groupBuys.findById(groupBuyId).filter(groupBuy -> groupBuy.getLeaderId() == leaderUserId)
                .orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
    }

    @Transactional(readOnly = true)
    public List<GroupBuy> ofLeader(long leaderUserId) {
        leaders.activeLeader(leaderUserId);
        return groupBuys.findByLeaderIdOrderByCreatedAtDesc(leaderUserId);
    }

    /**
     * A page of what a member sees in their community, of one status or of all they may see; nothing
     * while the community is suspended. @throws NotAMember for anyone who has not joined it
     */
    @Transactional(readOnly = true)
    public Paged<GroupBuy> offersIn(long memberId, long communityId, GroupBuyStatus status, PageQuery page) {
        var community = communities.ofMember(communityId, memberId);
        var statuses = status == null ? VISIBLE_TO_MEMBERS : VISIBLE_TO_MEMBERS.stream().filter(status::equals).toList();
        if (!community.isActive() || statuses.isEmpty()) {
            return new Paged<>(List.of(), page.page(), page.size(), 0);
        }
        return groupBuys.findInCommunity(communityId, statuses, page);
    }

    /**
     * A group-buy as a member of its community sees it, as its page shows it.
     * @throws NotAMember for anyone else; CommunityIsSuspended while its community is suspended
     */
    @Transactional(readOnly = true)
    public GroupBuy offer(long memberId, long groupBuyId) {
        var groupBuy = visible(groupBuyId);
        communities.ofMember(groupBuy.getCommunityId(), memberId).ensureActive();
        return groupBuy;
    }

    /** A group-buy members may see; drafts and cancelled ones are not found. */
    @Transactional(readOnly = true)
    public GroupBuy visible(long groupBuyId) {
        return groupBuys.findById(groupBuyId).filter(groupBuy -> VISIBLE_TO_MEMBERS.contains(groupBuy.getStatus()))
                .orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
    }

    /** Any group-buy, for the orders that refer to it. */
    @Transactional(readOnly = true)
    public GroupBuy groupBuy(long groupBuyId) {
        return groupBuys.findById(groupBuyId).orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
    }

    /** Whether members can order now, by this service's clock. */
    public boolean acceptsOrders(GroupBuy groupBuy) {
        return groupBuy.acceptsOrdersAt(clock.instant());
    }

    private List<ItemSpec> specs(List<ItemRequest> items) {
        return items.stream().map(item -> {
            var product = catalog.offerableProduct(item.productId());
            return new ItemSpec(product.getId(), product.getName(), product.getUnit(), product.getFloorPrice(),
                    product.getRetailPrice(), item.price(), item.threshold(), item.stockLimit(),
                    item.perMemberLimit(), item.tiers());
        }).toList();
    }

    private GroupBuy saveAndPublish(GroupBuy groupBuy) {
        var saved = groupBuys.save(groupBuy);
        groupBuy.pullEvents().forEach(events::publishEvent);
        return saved;
    }
}
