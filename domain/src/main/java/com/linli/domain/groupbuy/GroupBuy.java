package com.linli.domain.groupbuy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.linli.domain.shared.AggregateRoot;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;

/**
 * 团购: one leader's offer to one community, with a cutoff and a pickup date.
 * {@code DRAFT → OPEN → CLOSED → DELIVERING → READY → COMPLETED}, or {@code CANCELLED}.
 */
@Entity
@Table(name = "group_buys")
public class GroupBuy extends AggregateRoot {

    /** What the leader reads of an admin's reason, and what the audit entry keeps beside the title. */
    public static final int MAX_CANCEL_REASON = 200;

    @Id
    @GeneratedValue(generator = "group_buys_seq")
    @SequenceGenerator(name = "group_buys_seq", sequenceName = "group_buys_seq", allocationSize = 50)
    private Long id;

    private long communityId;

    private long leaderId;

    private String title;

    private String pitch;

    private Instant closesAt;

    private LocalDate pickupDate;

    @Enumerated(EnumType.STRING)
    private GroupBuyStatus status;

    // the items are the aggregate: always loaded with it (in batches, see hibernate.default_batch_fetch_size)
    @OneToMany(mappedBy = "groupBuy", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<GroupBuyItem> items = new ArrayList<>();

    private Instant createdAt;

    private Instant updatedAt;

    private Instant closedAt;

    private String cancelReason;

    @Version
    private long version;

    protected GroupBuy() {
    }

    private GroupBuy(long communityId, long leaderId, Instant now) {
        this.communityId = communityId;
        this.leaderId = leaderId;
        this.status = GroupBuyStatus.DRAFT;
        this.createdAt = now;
    }

    public static GroupBuy draft(long communityId, long leaderId, GroupBuyDetails details, List<ItemSpec> items,
                                 Instant now) {
        var groupBuy = new GroupBuy(communityId, leaderId, now);
        groupBuy.revise(details, items, now);
        return groupBuy;
    }

    /** Rewrites a draft. */
    public void revise(GroupBuyDetails details, List<ItemSpec> specs, Instant now) {
        if (!isRevisable()) {
            throw new InvalidGroupBuy("groupbuy.wrong-status", status);
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new InvalidGroupBuy("groupbuy.title-required");
        }
        requireCutoffAhead(details.closesAt(), now);
        if (!details.pickupDate().isAfter(details.closesAt().atZone(BusinessTime.ZONE).toLocalDate())) {
            throw new InvalidGroupBuy("groupbuy.pickup-before-cutoff");
        }
        if (specs.isEmpty()) {
            throw new InvalidGroupBuy("groupbuy.items-required");
        }
        if (specs.stream().map(ItemSpec::productId).distinct().count() < specs.size()) {
            throw new InvalidGroupBuy("groupbuy.items-duplicate");
        }
        this.title = details.title().strip();
        this.pitch = details.pitch() == null ? "" : details.pitch().strip();
        this.closesAt = details.closesAt();
        this.pickupDate = details.pickupDate();
        var revised = specs.stream().map(spec -> new GroupBuyItem(this, spec)).toList();
        items.clear();
        items.addAll(revised);
        this.updatedAt = now;
    }

    /** Opens it to members, each item with its supplier and supply price as the catalog has them now. */
    public void publish(Map<Long, Supply> supplyByProduct, Instant now) {
        requireStatus(GroupBuyStatus.DRAFT);
        requireCutoffAhead(closesAt, now);
        items.forEach(item -> item.snapshot(supplyByProduct.get(item.getProductId())));
        status = GroupBuyStatus.OPEN;
        updatedAt = now;
    }

    /** The leader takes back a group-buy nobody has joined. */
    public void cancelByLeader(boolean anyOrderHoldsIt, Instant now) {
        if (status != GroupBuyStatus.DRAFT && status != GroupBuyStatus.OPEN) {
            throw new InvalidGroupBuy("groupbuy.not-cancellable", status);
        }
        if (anyOrderHoldsIt) {
            throw new InvalidGroupBuy("groupbuy.cancel-has-orders");
        }
        cancel(leaderId, now);
    }

    /**
     * An admin stops a group-buy before its goods are on their way, saying why; its orders are voided
     * (and a closed one's purchase-order lines withdrawn, unless already sent to the supplier).
     */
    public void cancelByAdmin(long adminId, String reason, Instant now) {
        if (status != GroupBuyStatus.DRAFT && status != GroupBuyStatus.OPEN && status != GroupBuyStatus.CLOSED) {
            throw new InvalidGroupBuy("groupbuy.not-cancellable", status);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_CANCEL_REASON) {
            throw new InvalidGroupBuy("groupbuy.cancel-reason-required", MAX_CANCEL_REASON);
        }
        cancelReason = reason.strip();
        cancel(adminId, now);
    }

    private void cancel(long actorId, Instant now) {
        status = GroupBuyStatus.CANCELLED;
        updatedAt = now;
        register(new GroupBuyCancelled(id, communityId, actorId, now));
    }

    /** Only a draft: once open, members hold orders against it and it no longer changes. */
    public boolean isRevisable() {
        return status == GroupBuyStatus.DRAFT;
    }

    /** Members may order, change and cancel while it is open and the cutoff has not passed. */
    public boolean acceptsOrdersAt(Instant now) {
        return status == GroupBuyStatus.OPEN && now.isBefore(closesAt);
    }

    /**
     * 截单: each item succeeds or fails by itself against its threshold, with the final sold totals.
     * The leader may close early; the scheduler closes at the cutoff. Same path either way.
     */
    public void close(Map<Long, Integer> finalSold, Instant now) {
        requireStatus(GroupBuyStatus.OPEN);
        items.forEach(item -> item.decide(finalSold.getOrDefault(item.getId(), 0)));
        status = GroupBuyStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
        register(new GroupBuyClosed(id, communityId, now));
    }

    /** Everything it sold has arrived at its pickup point and was signed for: members may collect. */
    public void goodsArrived(Instant now) {
        requireStatus(GroupBuyStatus.DELIVERING);
        status = GroupBuyStatus.READY;
        updatedAt = now;
    }

    /** The pickup window ({@code windowDays} after the pickup date) is over; what nobody collected is unclaimed. */
    public void complete(LocalDate today, int windowDays, Instant now) {
        requireStatus(GroupBuyStatus.READY);
        if (!today.isAfter(pickupDate.plusDays(windowDays))) {
            throw new InvalidGroupBuy("groupbuy.pickup-window-open");
        }
        status = GroupBuyStatus.COMPLETED;
        updatedAt = now;
    }

    public GroupBuyItem item(long itemId) {
        return items.stream().filter(item -> item.getId() == itemId).findFirst()
                .orElseThrow(() -> new InvalidGroupBuy("groupbuy.item-unknown", itemId));
    }

    /** Whether any member holds units of it, as loaded; a leader may cancel only when none does. */
    public boolean isHeld() {
        return items.stream().anyMatch(item -> item.getSold() > 0);
    }

    /** The cheapest group price among the items, for the card ("¥9.90 起"). */
    public Money getLowestPrice() {
        return items.stream().map(GroupBuyItem::getPrice).min(Money::compareTo).orElse(Money.ZERO);
    }

    private void requireStatus(GroupBuyStatus required) {
        if (status != required) {
            throw new InvalidGroupBuy("groupbuy.wrong-status", status);
        }
    }

    private static void requireCutoffAhead(Instant closesAt, Instant now) {
        if (closesAt == null || !closesAt.isAfter(now)) {
            throw new InvalidGroupBuy("groupbuy.cutoff-in-past");
        }
    }

    public Long getId() {
        return id;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getLeaderId() {
        return leaderId;
    }

    public String getTitle() {
        return title;
    }

    public String getPitch() {
        return pitch;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public LocalDate getPickupDate() {
        return pickupDate;
    }

    public GroupBuyStatus getStatus() {
        return status;
    }

    public List<GroupBuyItem> getItems() {
        return List.copyOf(items);
    }

    /** Why an admin cancelled it; null otherwise. */
    public String getCancelReason() {
        return cancelReason;
    }

}
