package com.linli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.CategoryDetails;
import com.linli.domain.catalog.Product;
import com.linli.domain.catalog.ProductDetails;
import com.linli.domain.community.Community;
import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.groupbuy.ItemRequest;
import com.linli.domain.identity.IdentityService;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.supplier.SupplierDetails;
import com.linli.domain.supplier.SupplierService;

/** Builds the parts of the platform a test needs, through the real services, each with fresh names. */
public class Platform {

    private static final AtomicInteger sequence = new AtomicInteger();

    private final Accounts accounts;
    private final Neighbourhoods neighbourhoods;
    private final IdentityService identity;
    private final SupplierService suppliers;
    private final CatalogService catalog;
    private final CommunityService communities;
    private final GroupBuyService groupBuys;
    private final Clock clock;

    Platform(Accounts accounts, Neighbourhoods neighbourhoods, IdentityService identity, SupplierService suppliers,
             CatalogService catalog, CommunityService communities, GroupBuyService groupBuys, Clock clock) {
        this.accounts = accounts;
        this.neighbourhoods = neighbourhoods;
        this.identity = identity;
        this.suppliers = suppliers;
        this.catalog = catalog;
        this.communities = communities;
        this.groupBuys = groupBuys;
        this.clock = clock;
    }

    /** An active product of an active supplier, floor ¥5.00 and retail ¥50.00. */
    public Product product(String name) {
        int n = sequence.incrementAndGet();
        var supplier = suppliers.create(new SupplierDetails("供应商" + n, null, null, null, null));
        var category = catalog.createCategory(new CategoryDetails("品类" + n));
        return catalog.createProduct(new ProductDetails(name, category.getId(), supplier.getId(), "份", null,
                Money.ofFen(400), Money.ofFen(500), Money.ofFen(5000), null));
    }

    /** A leader running a new community. */
    public Neighbourhoods.Led leader() {
        return neighbourhoods.ledCommunity("小区" + sequence.incrementAndGet(), "成都");
    }

    /** A new member of the community: their username. */
    public String member(Community community, String displayName) {
        var username = accounts.newMember(displayName);
        communities.join(new JoinCommunity(community.getId(), identity.user(username).getId(), null));
        return username;
    }

    public long id(String username) {
        return identity.user(username).getId();
    }

    /** An open group-buy closing tomorrow evening. */
    public GroupBuy open(Neighbourhoods.Led leader, ItemRequest... items) {
        var closesAt = clock.instant().plus(Duration.ofDays(1));
        var draft = groupBuys.draft(leader.leaderId(), new GroupBuyDetails("团购" + sequence.incrementAndGet(),
                "新鲜直达", closesAt, closesAt.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1)), List.of(items));
        return groupBuys.publish(leader.leaderId(), draft.getId());
    }

    public static ItemRequest item(Product product, long priceFen, int threshold, Integer stock, Integer limit) {
        return new ItemRequest(product.getId(), Money.ofFen(priceFen), threshold, stock, limit, List.of());
    }
}
