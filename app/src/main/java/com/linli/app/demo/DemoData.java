package com.linli.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.CategoryDetails;
import com.linli.domain.catalog.Product;
import com.linli.domain.catalog.ProductDetails;
import com.linli.domain.community.Community;
import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;
import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.groupbuy.ItemRequest;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.identity.IdentityService;
import com.linli.domain.identity.Registration;
import com.linli.domain.identity.User;
import com.linli.domain.leader.ApproveApplication;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.leader.Proposal;
import com.linli.domain.leader.SubmitApplication;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.supplier.SupplierDetails;
import com.linli.domain.supplier.SupplierService;

/**
 * A living platform for a first look: suppliers and their catalog, three communities in 成都 with
 * leaders and members, open group-buys with orders in progress, closed ones that succeeded (their
 * purchase order open for tomorrow) or failed, the delivered ones of {@link DemoFulfilment}, and the
 * commission rules, ledger, refunds and settlements of {@link DemoCommission}.
 * Everything goes through the same services as the pages, so the data obeys every rule. It loads in
 * one transaction: a failure half-way leaves nothing, and the next start loads it all.
 */
@Component
class DemoData {

    private static final String[][] CATEGORIES = {{"蔬菜"}, {"水果"}, {"肉禽蛋"}, {"水产"}, {"粮油"}, {"日用"}};

    /** supplier index, category index, name, unit, spec, supply, floor, retail (yuan). */
    private static final Object[][] PRODUCTS = {
            {0, 0, "本地小白菜", "斤", "当天采摘", "1.20", "1.60", "2.50"},
            {0, 0, "西红柿", "斤", "沙瓤自然熟", "2.80", "3.50", "4.98"},
            {0, 0, "黄瓜", "斤", "顶花带刺", "2.00", "2.60", "3.80"},
            {0, 0, "土豆", "斤", "黄心", "1.50", "1.90", "2.80"},
            {0, 0, "青椒", "斤", "二荆条", "3.20", "4.00", "5.90"},
            {0, 0, "莴笋", "根", "约 1 斤", "1.80", "2.30", "3.50"},
            {0, 0, "胡萝卜", "斤", "脆甜", "1.60", "2.00", "2.98"},
            {0, 0, "蒜苗", "把", "约 250 克", "2.50", "3.00", "4.50"},
            {0, 1, "蒲江丑橘", "斤", "果径 70mm+", "4.50", "5.80", "8.80"},
            {0, 1, "攀枝花芒果", "斤", "凯特芒", "6.00", "7.50", "11.80"},
            {0, 1, "阳光玫瑰葡萄", "串", "约 1.5 斤", "18.00", "22.00", "32.00"},
            {0, 1, "红富士苹果", "斤", "果径 80mm", "4.00", "5.00", "7.50"},
            {0, 1, "香蕉", "斤", "进口", "2.80", "3.50", "5.50"},
            {0, 1, "猕猴桃", "盒", "12 个装", "19.00", "24.00", "35.00"},
            {0, 1, "草莓", "盒", "500 克", "16.00", "19.90", "29.90"},
            {1, 2, "土鸡蛋", "盒", "30 枚", "22.00", "26.00", "36.00"},
            {1, 2, "猪前腿肉", "斤", "冷鲜", "12.50", "14.80", "19.80"},
            {1, 2, "五花肉", "斤", "冷鲜", "14.00", "16.50", "22.00"},
            {1, 2, "排骨", "斤", "精修", "22.00", "25.80", "33.00"},
            {1, 2, "三黄鸡", "只", "约 2.5 斤", "28.00", "32.00", "45.00"},
            {1, 2, "鸡翅中", "袋", "1 斤装", "16.00", "19.00", "26.00"},
            {1, 2, "牛腩", "斤", "冷冻", "32.00", "36.00", "48.00"},
            {1, 3, "鲈鱼", "条", "约 1.2 斤", "18.00", "21.00", "29.00"},
            {1, 3, "基围虾", "斤", "鲜活", "38.00", "43.00", "58.00"},
            {1, 3, "三文鱼刺身", "份", "200 克", "35.00", "39.90", "55.00"},
            {1, 3, "鱿鱼须", "袋", "500 克", "16.00", "19.00", "26.80"},
            {1, 3, "花甲", "斤", "吐沙处理", "7.00", "8.50", "12.00"},
            {2, 4, "五常大米", "袋", "5 公斤", "45.00", "52.00", "69.00"},
            {2, 4, "菜籽油", "桶", "5 升", "58.00", "65.00", "85.00"},
            {2, 4, "挂面", "袋", "1 公斤", "6.50", "7.90", "11.00"},
            {2, 4, "郫县豆瓣", "袋", "500 克", "7.00", "8.50", "12.50"},
            {2, 4, "小米", "袋", "1 公斤", "9.00", "11.00", "15.80"},
            {2, 4, "生抽", "瓶", "500 毫升", "8.00", "9.50", "13.90"},
            {2, 4, "面粉", "袋", "2.5 公斤", "12.00", "14.50", "19.90"},
            {2, 5, "抽纸", "提", "6 包", "11.00", "13.50", "19.90"},
            {2, 5, "洗衣液", "瓶", "2 公斤", "19.00", "23.00", "35.00"},
            {2, 5, "垃圾袋", "卷", "100 只", "5.00", "6.50", "9.90"},
            {2, 5, "洗洁精", "瓶", "1.5 公斤", "8.00", "9.90", "14.90"},
            {2, 5, "厨房湿巾", "包", "80 抽", "6.00", "7.50", "11.90"},
            {2, 5, "牙膏", "支", "120 克", "7.00", "8.90", "13.50"},
            {2, 5, "保鲜袋", "盒", "150 只", "6.50", "7.90", "12.00"},
            {2, 5, "一次性手套", "盒", "100 只", "5.50", "6.90", "9.90"},
    };

    private static final String[][] COMMUNITIES = {
            {"锦江区·东湖花园", "锦江区", "东湖街道 18 号", "东湖便利店", "王建国"},
            {"武侯区·玉林小区", "武侯区", "玉林西路 66 号", "玉林小区 3 栋门卫室旁", "李秀英"},
            {"高新区·天府家园", "高新区", "天府大道中段 999 号", "天府家园生鲜驿站", "张伟"},
    };

    private static final String[] SURNAMES = {"陈", "刘", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马"};
    private static final String[] GIVEN = {"晓梅", "志强", "丽娟", "建华", "婷婷", "海燕", "国庆", "小雨", "文杰", "芳"};

    private final IdentityService identity;
    private final SupplierService suppliers;
    private final CatalogService catalog;
    private final LeaderService leaders;
    private final CommunityService communities;
    private final GroupBuyService groupBuys;
    private final OrderService orders;
    private final CutoffService cutoff;
    private final TransactionTemplate transactions;
    private final DemoFulfilment fulfilment;
    private final DemoCommission commission;
    private final Clock clock;

    DemoData(IdentityService identity, SupplierService suppliers, CatalogService catalog, LeaderService leaders,
             CommunityService communities, GroupBuyService groupBuys, OrderService orders, CutoffService cutoff,
             DemoFulfilment fulfilment, DemoCommission commission, TransactionTemplate transactions, Clock clock) {
        this.identity = identity;
        this.suppliers = suppliers;
        this.catalog = catalog;
        this.leaders = leaders;
        this.communities = communities;
        this.groupBuys = groupBuys;
        this.orders = orders;
        this.cutoff = cutoff;
        this.fulfilment = fulfilment;
        this.commission = commission;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param adminId the admin who approves the demo leaders */
    void load(long adminId, String password) {
        transactions.executeWithoutResult(status -> loadAll(adminId, password));
    }

    private void loadAll(long adminId, String password) {
        var products = catalog();
        commission.rules(products);
        var neighbourhoods = new ArrayList<DemoFulfilment.Neighbourhood>();
        for (int c = 0; c < COMMUNITIES.length; c++) {
            var leader = register("leader" + (c + 1), COMMUNITIES[c][4], 13900000001L + c, password);
            var application = leaders.submit(new SubmitApplication(leader.getId(), new Proposal(COMMUNITIES[c][0],
                    "成都", COMMUNITIES[c][1], COMMUNITIES[c][2], COMMUNITIES[c][3], "每天 08:00–21:00",
                    "1390000000" + (c + 1), "街坊邻居一起买，新鲜实惠，楼下自提。")));
            var community = leaders.approve(new ApproveApplication(application.getId(), adminId));
            var members = new ArrayList<User>();
            for (int m = 1; m <= 10; m++) {
                int n = c * 10 + m;
                var member = register("member" + n, SURNAMES[n % 10] + GIVEN[(n / 10 + n) % 10], 13800000000L + n,
                        password);
                communities.join(new JoinCommunity(community.getId(), member.getId(), m == 1 ? null : leader.getId()));
                members.add(member);
            }
            groupBuys(leader, community, members, products, c);
            neighbourhoods.add(new DemoFulfilment.Neighbourhood(leader, community, members));
        }
        // 蒲江丑橘 and 红富士苹果 of 蜀鲜农业合作社: delivered and mostly picked up, last month and this
        var delivered = List.of(products.get(8), products.get(11));
        commission.lastMonth(adminId, neighbourhoods, delivered);
        fulfilment.load(adminId, neighbourhoods, delivered);
        commission.thisMonth(adminId, neighbourhoods);
    }

    private List<Product> catalog() {
        var supplierIds = List.of(
                suppliers.create(new SupplierDetails("蜀鲜农业合作社", "周师傅", "13700001111", "成都市郫都区团结镇",
                        "次日达，周结")).getId(),
                suppliers.create(new SupplierDetails("天府肉禽水产批发", "何经理", "13700002222", "成都市金牛区五块石",
                        "冷链配送，月结")).getId(),
                suppliers.create(new SupplierDetails("川味粮油日用百货", "罗老板", "13700003333", "成都市成华区八里庄",
                        "满 500 元配送，半月结")).getId());
        var categoryIds = new ArrayList<Long>();
        for (var category : CATEGORIES) {
            categoryIds.add(catalog.createCategory(new CategoryDetails(category[0])).getId());
        }
        var products = new ArrayList<Product>();
        for (var p : PRODUCTS) {
            products.add(catalog.createProduct(new ProductDetails((String) p[2], categoryIds.get((int) p[1]),
                    supplierIds.get((int) p[0]), (String) p[3], (String) p[4], Money.parseYuan((String) p[5]),
                    Money.parseYuan((String) p[6]), Money.parseYuan((String) p[7]), null)));
        }
        return products;
    }

    /**
     * Per community: four open group-buys with orders in progress, one closed that succeeded
     * (with a tier reached) and one closed that failed.
     */
    private void groupBuys(User leader, Community community, List<User> members, List<Product> products, int c) {
        var today = clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
        for (int g = 0; g < 4; g++) {
            var closesAt = today.plusDays(1 + g % 2).atTime(LocalTime.of(21 + g % 2, 0)).atZone(BusinessTime.ZONE)
                    .toInstant();
            var items = List.of(item(products.get((c * 7 + g * 3) % products.size()), 10, 60, 3, true),
                    item(products.get((c * 7 + g * 3 + 1) % products.size()), 5, null, null, false));
            var groupBuy = post(leader, "今日团购 · " + products.get((c * 7 + g * 3) % products.size()).getName(),
                    closesAt, items);
            orderSome(groupBuy, members.subList(0, 3 + g * 2));
        }
        var soon = clock.instant().plus(Duration.ofHours(2));
        var succeeded = post(leader, "限时秒杀 · " + products.get((c * 5 + 15) % products.size()).getName(), soon,
                List.of(item(products.get((c * 5 + 15) % products.size()), 5, 40, 2, true)));
        orderSome(succeeded, members);
        cutoff.close(succeeded.getId());
        var failed = post(leader, "尝鲜团 · " + products.get((c * 5 + 27) % products.size()).getName(), soon,
                List.of(item(products.get((c * 5 + 27) % products.size()), 50, null, null, false)));
        orderSome(failed, members.subList(0, 4));
        cutoff.close(failed.getId());
    }

    private GroupBuy post(User leader, String title, Instant closesAt, List<ItemRequest> items) {
        var pickup = closesAt.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1);
        var draft = groupBuys.draft(leader.getId(), new GroupBuyDetails(title,
                "产地直发，今晚截单，明天到自提点。\n不满意包退，有问题找团长。", closesAt, pickup), items);
        return groupBuys.publish(leader.getId(), draft.getId());
    }

    /** A group price between floor and retail, with a tier one step down when asked. */
    private static ItemRequest item(Product product, int threshold, Integer stock, Integer limit, boolean tiered) {
        var price = Money.ofFen((product.getFloorPrice().fen() + product.getRetailPrice().fen()) / 2);
        var tiers = tiered ? List.of(new PriceTier(threshold * 2, Money.ofFen(
                (product.getFloorPrice().fen() + price.fen()) / 2))) : List.<PriceTier>of();
        return new ItemRequest(product.getId(), price, threshold, stock, limit, tiers);
    }

    private void orderSome(GroupBuy groupBuy, List<User> members) {
        for (int i = 0; i < members.size(); i++) {
            Map<Long, Integer> quantities = new HashMap<>();
            var items = groupBuy.getItems();
            for (int k = 0; k < items.size(); k++) {
                var item = items.get(k);
                int quantity = 1 + (i + k) % 2;
                if (item.getPerMemberLimit() != null) {
                    quantity = Math.min(quantity, item.getPerMemberLimit());
                }
                quantities.put(item.getId(), (i + k) % 3 == 2 ? 0 : quantity);
            }
            if (quantities.values().stream().anyMatch(quantity -> quantity > 0)) {
                orders.place(members.get(i).getId(), new PlaceOrder(groupBuy.getId(), quantities));
            }
        }
    }

    private User register(String username, String displayName, long phone, String password) {
        return identity.register(new Registration(username, displayName, String.valueOf(phone), password));
    }
}
