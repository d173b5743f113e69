package com.linli.domain.groupbuy;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.linli.domain.shared.Money;

/** 团购商品: one catalog product in one group-buy, with its own price, threshold, limits and tiers. */
@Entity
@Table(name = "group_buy_items")
public class GroupBuyItem {

    /**
     * The most units any number of a leader's may name (threshold, stock, per-member limit, tier), and
     * the most an item without a stock limit sells: far beyond a community's needs, far below overflow.
     */
    public static final int MAX_UNITS = 1_000_000;

    @Id
    @GeneratedValue(generator = "group_buy_items_seq")
    @SequenceGenerator(name = "group_buy_items_seq", sequenceName = "group_buy_items_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_buy_id")
    private GroupBuy groupBuy;

    private long communityId;

    private long productId;

    private String productName;

    private String unit;

    private Money price;

    private int threshold;

    private Integer stockLimit;

    private Integer perMemberLimit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_buy_item_tiers", joinColumns = @JoinColumn(name = "item_id"))
    @OrderBy("minQuantity")
    private Set<PriceTier> tiers = new LinkedHashSet<>();

    /** Written only by the stock port's conditional SQL, never from here, so it cannot be overwritten. */
    @Column(insertable = false, updatable = false)
    private int sold;

    @Enumerated(EnumType.STRING)
    private ItemOutcome outcome = ItemOutcome.PENDING;

    private Money finalPrice;

    /** Snapshotted at publishing, so a later catalog edit never changes what a purchase order buys or costs. */
    private Long supplierId;

    private Money supplyPrice;

    protected GroupBuyItem() {
    }

    GroupBuyItem(GroupBuy groupBuy, ItemSpec spec) {
        validate(spec);
        this.groupBuy = groupBuy;
        this.communityId = groupBuy.getCommunityId();
        this.productId = spec.productId();
        this.productName = spec.productName();
        this.unit = spec.unit();
        this.price = spec.price();
        this.threshold = spec.threshold();
        this.stockLimit = spec.stockLimit();
        this.perMemberLimit = spec.perMemberLimit();
        this.tiers.addAll(spec.tiers().stream().sorted(Comparator.comparingInt(PriceTier::minQuantity)).toList());
    }

    private static void validate(ItemSpec spec) {
        if (spec.price().isLessThan(spec.floorPrice()) || spec.price().isGreaterThan(spec.retailPrice())) {
            throw new InvalidGroupBuy("groupbuy.price-out-of-bounds", spec.productName(), spec.floorPrice(),
                    spec.retailPrice());
        }
        if (spec.threshold() < 1 || spec.threshold() > MAX_UNITS) {
            throw new InvalidGroupBuy("groupbuy.threshold-invalid", spec.productName(), MAX_UNITS);
        }
        if (spec.stockLimit() != null && spec.stockLimit() < spec.threshold()) {
            throw new InvalidGroupBuy("groupbuy.stock-below-threshold", spec.productName(), spec.threshold());
        }
        if (spec.stockLimit() != null && spec.stockLimit() > MAX_UNITS) {
            throw new InvalidGroupBuy("groupbuy.stock-too-large", spec.productName(), MAX_UNITS);
        }
        if (spec.perMemberLimit() != null && (spec.perMemberLimit() < 1 || spec.perMemberLimit() > MAX_UNITS)) {
            throw new InvalidGroupBuy("groupbuy.limit-invalid", spec.productName(), MAX_UNITS);
        }
        var previous = new PriceTier(1, spec.price());
        for (var tier : spec.tiers().stream().sorted(Comparator.comparingInt(PriceTier::minQuantity)).toList()) {
            if (tier.minQuantity() > MAX_UNITS) {
                throw new InvalidGroupBuy("groupbuy.tier-too-large", spec.productName(), MAX_UNITS);
            }
            if (tier.minQuantity() <= previous.minQuantity() || !tier.price().isLessThan(previous.price())
                    || tier.price().isLessThan(spec.floorPrice())) {
                throw new InvalidGroupBuy("groupbuy.tiers-invalid", spec.productName(), spec.floorPrice());
            }
            previous = tier;
        }
    }

    /** The unit price once {@code totalQuantity} units are sold: the highest tier reached, else the group price. */
    public Money unitPriceAt(int totalQuantity) {
        var unitPrice = price;
        for (var tier : tiers) {
            if (totalQuantity >= tier.minQuantity()) {
                unitPrice = tier.price();
            }
        }
        return unitPrice;
    }

    /** The next tier not reached yet at this total, for "再拼 N 件降至 ¥X"; null when none is left. */
    public PriceTier nextTier(int totalQuantity) {
        return tiers.stream().filter(tier -> tier.minQuantity() > totalQuantity).findFirst().orElse(null);
    }

    void snapshot(Supply supply) {
        if (supply == null) {
            throw new IllegalArgumentException("No supply given for product " + productId);
        }
        this.supplierId = supply.supplierId();
        this.supplyPrice = supply.supplyPrice();
    }

    /** Decides at cutoff, from the final total. */
    void decide(int finalSold) {
        this.sold = finalSold;
        if (finalSold >= threshold) {
            outcome = ItemOutcome.SUCCEEDED;
            finalPrice = unitPriceAt(finalSold);
        } else {
            outcome = ItemOutcome.FAILED;
        }
    }

    public boolean isSoldOut() {
        return stockLimit != null && sold >= stockLimit;
    }

    /** Units still available; null when the stock is unlimited. */
    public Integer getRemaining() {
        return stockLimit == null ? null : Math.max(stockLimit - sold, 0);
    }

    /** Units still needed to reach the threshold (还差 N 件成团). */
    public int getMissing() {
        return Math.max(threshold - sold, 0);
    }

    public Long getId() {
        return id;
    }

    public long getProductId() {
        return productId;
    }

    public String getProductName() {
        return productName;
    }

    public String getUnit() {
        return unit;
    }

    public Money getPrice() {
        return price;
    }

    public int getThreshold() {
        return threshold;
    }

    public Integer getStockLimit() {
        return stockLimit;
    }

    public Integer getPerMemberLimit() {
        return perMemberLimit;
    }

    public List<PriceTier> getTiers() {
        return List.copyOf(tiers);
    }

    public int getSold() {
        return sold;
    }

    public ItemOutcome getOutcome() {
        return outcome;
    }

    public Money getFinalPrice() {
        return finalPrice;
    }

    /** Null while a draft. */
    public Long getSupplierId() {
        return supplierId;
    }

    /** Null while a draft. */
    public Money getSupplyPrice() {
        return supplyPrice;
    }
}
