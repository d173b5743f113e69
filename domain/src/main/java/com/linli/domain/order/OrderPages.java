package com.linli.domain.order;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.community.Communities;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.identity.User;
import com.linli.domain.identity.Users;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The reads of the members' order pages: one method per page, a fixed number of statements each. */
@Service
@Transactional(readOnly = true)
public class OrderPages {

    private final GroupBuyService groupBuys;
    private final Communities communities;
    private final Orders orders;
    private final OrderViews views;
    private final Users users;
    private final Clock clock;

    OrderPages(GroupBuyService groupBuys, Communities communities, Orders orders, OrderViews views, Users users,
               Clock clock) {
        this.groupBuys = groupBuys;
        this.communities = communities;
        this.orders = orders;
        this.views = views;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The group-buy page of a member of its community, each part read once; empty when they are not a
     * member. A group-buy members may not see is not found; a suspended community says so.
     */
    public Optional<GroupBuyPage> groupBuyPage(long memberId, long groupBuyId) {
        var groupBuy = groupBuys.visible(groupBuyId);
        var community = communities.findJoined(groupBuy.getCommunityId(), memberId);
        if (community.isEmpty()) {
            return Optional.empty();
        }
        community.get().ensureActive();
        var myOrder = orders.findByGroupBuyIdAndMemberIdAndStatusNot(groupBuyId, memberId, OrderStatus.CANCELLED)
                .orElse(null);
        var chain = views.chain(groupBuyId).stream().map(entry -> MemberChainEntry.of(entry, groupBuy.getItems()))
                .toList();
        return Optional.of(new GroupBuyPage(groupBuy, community.get(), myOrder, chain,
                groupBuy.acceptsOrdersAt(clock.instant())));
    }

    /**
     * The leader's live list of their own group-buy (anyone else's is not found): the group-buy read once,
     * with its items' totals over all orders, and one page of the 接龙.
     */
    public LiveList liveList(long leaderUserId, long groupBuyId, PageQuery page) {
        return new LiveList(groupBuys.own(leaderUserId, groupBuyId), views.chain(groupBuyId, page));
    }

    /** Any group-buy as an admin follows it: the same live list, whoever leads it. */
    public LiveList liveList(long groupBuyId, PageQuery page) {
        return new LiveList(groupBuys.groupBuy(groupBuyId), views.chain(groupBuyId, page));
    }

    /** Admins search all orders, newest first. */
    public Paged<OrderRow> search(OrderSearch search, PageQuery page) {
        return views.search(search, page);
    }

    /** Any order in full, for an admin, its member and every actor of its history read at once. */
    public AdminOrder adminOrder(long orderId) {
        var order = orders.findById(orderId).orElseThrow(() -> new NotFound("order", orderId));
        var people = new HashSet<Long>();
        people.add(order.getMemberId());
        order.getTransitions().stream().map(OrderTransition::getActorId).filter(Objects::nonNull).forEach(people::add);
        var known = users.findByIdIn(people).stream().collect(Collectors.toMap(User::getId, user -> user));
        return new AdminOrder(order, known.get(order.getMemberId()), groupBuys.groupBuy(order.getGroupBuyId()),
                communities.findById(order.getCommunityId()).orElseThrow(),
                known.values().stream().collect(Collectors.toMap(User::getId, User::getUsername)));
    }

    /** A page of the member's orders, latest first. */
    public Paged<OrderSummary> myOrders(long memberId, PageQuery page) {
        return views.ordersOf(memberId, page);
    }
}
