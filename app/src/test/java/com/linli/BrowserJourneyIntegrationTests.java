package com.linli;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.ProductDetails;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.supplier.SupplierService;

/**
 * The main journeys in Chromium (found by {@link Browsers}), on a phone-sized screen. Screenshots go
 * to {@code target/screenshots}, or to the folder named by {@code -Dlinli.screenshots}.
 */
@LinliIntegrationTest
class BrowserJourneyIntegrationTests {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    Neighbourhoods neighbourhoods;

    @Autowired
    SupplierService suppliers;

    @Autowired
    CatalogService catalog;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    Commissions commissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page page;

    @BeforeAll
    static void launchChromium() {
        var chromium = Browsers.ofThisMachine().chromium();
        if (chromium.isEmpty()) {
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.get())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPhone() {
        assumeTrue(browser != null, "No Chromium found; see the line from Browsers on how to run the browser journeys");
        page = phone("zh-CN");
    }

    @AfterEach
    void closePhones() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Test
    void visitorRegistersLogsInAndSeesTheirName() {
        page.navigate("/");
        assertThat(page.locator("h1")).hasText("和邻居一起下单，家门口自提");
        screenshot("landing");

        page.locator(".hero").getByText("加入你的社区").click();
        page.getByLabel("用户名").fill("wang_fang");
        page.getByLabel("昵称").fill("王芳");
        page.getByLabel("手机号").fill("13800138000");
        page.getByLabel("密码").fill("wang-fang-secret");
        screenshot("register");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("账号已创建，请登录。");
        assertThat(page.getByLabel("用户名")).hasValue("wang_fang");
        page.getByLabel("密码").fill("wang-fang-secret");
        page.locator("main form button[type=submit]").click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单")).click();
        assertThat(page.locator("#signed-in-as")).hasText("王芳");
        // the menu has finished opening, so the screenshot shows it whole
        assertThat(page.locator(".navbar-collapse")).hasClass(Pattern.compile("\\bshow\\b"));
        assertThat(page.locator(".hero")).containsText("欢迎回来，王芳。");
        screenshot("home-signed-in");
    }

    /** Issue 3: the catalog grows, a member becomes a leader, a neighbour joins by the invite link. */
    @Test
    void adminBuildsTheCatalogApprovesALeaderAndANeighbourJoinsByTheInviteLink() {
        var admin = phone("en");
        logIn(admin, "admin", LinliIntegrationTest.ADMIN_PASSWORD);
        admin.navigate("/admin/categories");
        admin.getByLabel("Name").fill("时令水果");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add category")).click();
        admin.navigate("/admin/suppliers/new");
        admin.getByLabel("Name").fill("龙泉驿鲜果合作社");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("The supplier was created.");
        admin.navigate("/admin/products/new");
        admin.getByLabel("Name").fill("龙泉水蜜桃");
        admin.getByLabel("Category").selectOption(new SelectOption().setLabel("时令水果"));
        admin.getByLabel("Supplier").selectOption(new SelectOption().setLabel("龙泉驿鲜果合作社"));
        admin.getByLabel("Unit").fill("斤");
        admin.getByLabel("Supply price (¥)").fill("6.00");
        admin.getByLabel("Floor price (¥)").fill("7.50");
        admin.getByLabel("Retail price (¥)").fill("10.80");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("The product was added to the catalog.");
        restOfTheRange("龙泉驿鲜果合作社", "时令水果");
        admin.getByLabel("Supplier").selectOption(new SelectOption().setLabel("龙泉驿鲜果合作社"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(admin.locator("tbody tr")).hasCount(6);
        screenshot(admin, "admin-products");

        var applicant = phone("en");
        var applicantName = accounts.newMember("陈建华");
        logIn(applicant, applicantName, Accounts.PASSWORD);
        applicant.navigate("/leader-application");
        applicant.getByLabel("Community name").fill("锦城花园");
        applicant.getByLabel("City").fill("成都");
        applicant.getByLabel("District").fill("高新区");
        applicant.getByLabel("Pickup address").fill("锦城大道 666 号");
        applicant.getByLabel("Pickup point name").fill("锦城花园便民超市");
        applicant.getByLabel("Opening hours").fill("08:00-21:00");
        applicant.getByLabel("Contact phone").fill("13912345678");
        applicant.getByLabel("A short introduction").fill("楼下便利店，开了八年。");
        applicant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my application")).click();
        assertThat(applicant.locator(".alert-success")).hasText("Your application has been sent. We will review it soon.");

        admin.navigate("/admin/leader-applications");
        admin.locator("[id^=application-]", new Page.LocatorOptions().setHasText("锦城花园"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();

        applicant.navigate("/leader-application/workspace");
        assertThat(applicant.locator("#invite-link")).containsText("/join/");
        var inviteLink = applicant.locator("#invite-link").textContent().strip();
        screenshot(applicant, "leader-workspace");

        var neighbour = phone("en");
        var neighbourName = accounts.newMember("刘婷婷");
        neighbour.navigate(inviteLink);
        neighbour.navigate("/login");
        logIn(neighbour, neighbourName, Accounts.PASSWORD);
        assertThat(neighbour.locator("h1")).hasText("锦城花园");
        assertThat(neighbour).hasURL(Pattern.compile(".*/c/\\d+"));
        assertThat(neighbour.locator("#invite-link")).containsText("/join/");
    }

    /** Issue 4: a group-buy with two items and a tier, two members, a change, a cancel, an early close. */
    @Test
    void leaderPostsMembersOrderChangeAndCancelAndTheEarlyCloseGivesPickupCodes() {
        var led = neighbourhoods.ledCommunity("桂溪花园", "成都");
        var oranges = platform.product("砂糖橘");
        var eggs = platform.product("土鸡蛋");
        var leader = phone("zh-CN");
        logIn(leader, led.leader(), Accounts.PASSWORD);
        leader.navigate("/leader/group-buys/new");
        var cutoff = LocalDateTime.now(BusinessTime.ZONE).plusDays(1).withSecond(0).withNano(0);
        leader.getByLabel("标题").fill("周末水果鸡蛋团");
        leader.getByLabel("介绍（成员可见）").fill("砂糖橘现摘\n鸡蛋散养");
        leader.locator("#closesAt").fill(cutoff.toString());
        leader.locator("#pickupDate").fill(cutoff.toLocalDate().plusDays(1).toString());
        // the catalog holds more than the lists show: find each product first, what is filled in stays
        findInCatalog(leader, "砂糖橘");
        leader.locator("#items0\\.productId").selectOption(String.valueOf(oranges.getId()));
        leader.locator("#items0\\.price").fill("9.90");
        leader.locator("#items0\\.threshold").fill("3");
        leader.locator("#items0\\.tiers").fill("5:8.80");
        findInCatalog(leader, "土鸡蛋");
        assertThat(leader.getByLabel("标题")).hasValue("周末水果鸡蛋团");
        leader.locator("#items1\\.productId").selectOption(String.valueOf(eggs.getId()));
        leader.locator("#items1\\.price").fill("20.00");
        leader.locator("#items1\\.threshold").fill("10");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布")).click();
        assertThat(leader.getByRole(AriaRole.STATUS)).hasText("团购已发布，成员现在可以跟团。");
        var groupBuyUrl = leader.url().replace("/leader/group-buys/", "/group-buys/");

        var first = phone("zh-CN");
        logIn(first, platform.member(led.community(), "王小明"), Accounts.PASSWORD);
        assertThat(first).hasURL(Pattern.compile(".*/c/" + led.community().getId()));
        first.navigate(groupBuyUrl);
        assertThat(first.locator("main")).containsText("再拼 5 件降至 ¥8.80");
        first.getByLabel("砂糖橘 的数量").fill("3");
        first.getByLabel("土鸡蛋 的数量").fill("1");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("跟团")).click();
        assertThat(first.getByRole(AriaRole.STATUS)).hasText("跟团成功。");

        var second = phone("zh-CN");
        logIn(second, platform.member(led.community(), "李小红"), Accounts.PASSWORD);
        second.navigate(groupBuyUrl);
        second.getByLabel("砂糖橘 的数量").fill("2");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("跟团")).click();
        assertThat(second.getByRole(AriaRole.STATUS)).hasText("跟团成功。");
        assertThat(second.locator(".chain")).containsText("王*");
        screenshot(second, "group-buy");

        first.getByLabel("砂糖橘 的数量").fill("4");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("修改订单")).click();
        assertThat(first.getByRole(AriaRole.STATUS)).hasText("订单已修改。");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取消订单")).click();
        assertThat(second.getByRole(AriaRole.STATUS)).hasText("订单已取消。");

        leader.reload();
        assertThat(leader.locator("table.chain")).containsText("王小明");
        screenshot(leader, "leader-group-buy");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立即截单")).click();
        assertThat(leader.getByRole(AriaRole.STATUS)).hasText("团购已截单，已通知成员结果。");

        first.navigate("/notifications");
        assertThat(first.locator("main")).containsText("「周末水果鸡蛋团」部分成团");
        first.navigate("/orders");
        first.locator(".list-group-item", new Page.LocatorOptions().setHasText("周末水果鸡蛋团")).click();
        assertThat(first.locator(".pickup-code")).hasText(Pattern.compile("\\d{6}"));
        // four oranges, one short of the tier; the eggs missed their threshold and are void
        assertThat(first.locator("main")).containsText("合计¥39.60");
        screenshot(first, "order-pickup-code");
        second.navigate("/orders");
        assertThat(second.locator("main")).containsText("已取消");
    }

    /** The supplier's other products, entered as the admin would: the screenshot shows a real catalog, not other tests' rows. */
    private void restOfTheRange(String supplierName, String categoryName) {
        var supplier = suppliers.all().stream().filter(candidate -> candidate.getName().equals(supplierName)).findFirst().orElseThrow();
        var category = catalog.categories().stream().filter(candidate -> candidate.getName().equals(categoryName)).findFirst()
                .orElseThrow();
        for (var p : new String[][] {{"枇杷", "斤", "大五星", "9.00", "11.00", "15.80"},
                {"青脆李", "斤", "江安李", "4.00", "5.00", "7.50"}, {"车厘子", "盒", "500 克", "22.00", "26.00", "36.00"},
                {"血橙", "斤", "塔罗科", "5.00", "6.30", "8.90"}, {"黄柠檬", "斤", "安岳", "3.00", "3.80", "5.50"}}) {
            catalog.createProduct(new ProductDetails(p[0], category.getId(), supplier.getId(), p[1], p[2],
                    Money.parseYuan(p[3]), Money.parseYuan(p[4]), Money.parseYuan(p[5]), null));
        }
    }

    /** Issue 9: after a cutoff the admin ships, the leader signs one unit short, a member picks up with their code. */
    @Test
    void adminShipsTheLeaderSignsOneUnitShortAndAMemberPicksUpWithTheirCode() {
        var closed = fulfilments.closed(2, 2);
        var admin = phone("zh-CN");
        logIn(admin, "admin", LinliIntegrationTest.ADMIN_PASSWORD);
        admin.navigate("/admin/purchase-orders/" + closed.purchaseOrderId());
        assertThat(admin.locator("#total-cost")).hasText("¥16.00");
        screenshot(admin, "admin-purchase-order");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("标记为已发送供应商")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("采购单已发送：之后截单的商品进入新的采购单。");
        admin.getByLabel("预计到达时间（北京时间）").fill(LocalDateTime.now(BusinessTime.ZONE).plusHours(3)
                .withSecond(0).withNano(0).toString());
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("标记为已发货")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("已发货：各自提点已生成待签收的配送单。");

        var leader = phone("zh-CN");
        logIn(leader, closed.leader().leader(), Accounts.PASSWORD);
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单")).click();
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("到货签收")).click();
        leader.getByLabel("配送柑橘 的实收数量").fill("3");
        screenshot(leader, "leader-delivery");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认签收")).click();
        assertThat(leader.getByRole(AriaRole.STATUS)).hasText("已签收（有缺货）：缺货已从最后跟团的订单中扣除，并已通知相关成员。");

        // the member who joined last lost the missing unit
        var member = phone("zh-CN");
        logIn(member, closed.members().get(1), Accounts.PASSWORD);
        member.navigate("/notifications");
        assertThat(member.locator("main")).containsText("到货缺货");
        member.navigate("/orders/" + closed.orderIds().get(1));
        assertThat(member.locator("main")).containsText("缺货 1，不收费");
        assertThat(member.locator("main")).containsText("合计¥10.00");
        assertThat(member.locator(".pickup-qr")).isVisible();
        var code = member.locator(".pickup-code").textContent().strip();
        screenshot(member, "order-ready-for-pickup");

        leader.navigate("/leader/pickups");
        leader.getByLabel("提货码").fill(code);
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询订单")).click();
        assertThat(leader.locator("#amount-to-collect")).hasText("¥10.00");
        screenshot(leader, "leader-pickup");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交货并收款 ¥10.00")).click();
        assertThat(leader.locator("#handed-over")).hasText("已核销：邻居2，收款 ¥10.00。");

        member.reload();
        assertThat(member.locator("main")).containsText("已提货");
        assertThat(member.locator("main")).containsText("已付款");
    }

    /** Issue 11: a category rule, pickups, the leader's commission, settled and paid, and the leader sees it paid. */
    @Test
    void adminSetsACategoryRuleTheLeaderEarnsOnPickupsAndTheAdminSettlesAndPaysIt() {
        var led = platform.leader();
        var product = platform.product("佣金丑橘");
        var category = catalog.category(product.getCategoryId()).getName();
        var admin = phone("zh-CN");
        logIn(admin, "admin", LinliIntegrationTest.ADMIN_PASSWORD);
        admin.navigate("/admin/commission-rules/new");
        admin.getByLabel("适用范围").selectOption("CATEGORY");
        admin.getByLabel("品类（品类规则）").selectOption(new SelectOption().setLabel(category));
        admin.getByLabel("费率（%）").fill("12.5");
        screenshot(admin, "admin-commission-rule");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加规则")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("规则已添加，对生效期内截单的团购适用。");

        // ¥10.00 a unit, 3 and 2 units collected: 12.5 % of ¥50.00
        var sale = commissions.ready(led, product, 1000, 0, 3, 2);
        sale.members().forEach(member -> commissions.pickUp(sale, member));

        var leader = phone("zh-CN");
        logIn(leader, led.leader(), Accounts.PASSWORD);
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单")).click();
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("团长工作台")).click();
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的佣金")).click();
        assertThat(leader.locator("#earned-this-month")).hasText("¥6.25");
        assertThat(leader.locator("#pending")).hasText("¥6.25");
        assertThat(leader.locator(".ledger-entries")).containsText("12.5%");
        screenshot(leader, "leader-commissions");

        var month = YearMonth.from(clock.instant().atZone(BusinessTime.ZONE)).toString();
        admin.navigate("/admin/settlements");
        admin.getByLabel("结算月份", new Page.GetByLabelOptions().setExact(true)).fill(month);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成结算单草稿")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("已生成结算单草稿：请逐一审核后付款。");
        admin.navigate("/admin/settlements/" + jdbc.sql("select id from settlements where leader_id = :leader")
                .param("leader", led.leaderId()).query(Long.class).single());
        assertThat(admin.locator("#settlement-total")).hasText("¥6.25");
        screenshot(admin, "admin-settlement");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("结算单已审核，可以付款。");
        admin.getByLabel("付款流水号").fill("CMB-JOURNEY-1");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("标记为已付款")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("结算单已标记为已付款。");

        leader.reload();
        assertThat(leader.locator("#pending")).hasText("¥0.00");
        assertThat(leader.locator("#settled")).hasText("¥6.25");
        assertThat(leader.locator(".leader-settlements")).containsText("已付款");
        assertThat(leader.locator(".leader-settlements")).containsText("CMB-JOURNEY-1");

        // issue 12: both dashboards show it; the admin's charts are drawn by the app's own script under the policy
        var refused = new ArrayList<String>();
        admin.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                refused.add(message.text());
            }
        });
        admin.navigate("/admin?range=30d&community=" + led.community().getId());
        assertThat(admin.locator("#figure-paid")).hasText("¥6.25");
        assertThat(admin.locator("#chart-days")).hasAttribute("width", Pattern.compile("[1-9]\\d*"));
        screenshot(admin, "admin-dashboard");
        org.assertj.core.api.Assertions.assertThat(refused).as("nothing refused by the policy").isEmpty();
        leader.navigate("/leader");
        assertThat(leader.locator("#figure-monthCommission")).hasText("¥6.25");
        screenshot(leader, "leader-dashboard");
    }

    /** Issue 10: Swagger UI works under the Content-Security-Policy, every call of the API in it. */
    @Test
    void integratorReadsTheApiInSwaggerUi() {
        var refused = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                refused.add(message.text());
            }
        });
        page.navigate("/swagger-ui.html");

        // Swagger UI is 1.5 MB of script to parse before it draws: more than the default 5 s on a busy build machine
        assertThat(page.locator(".opblock")).hasCount(13, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(page.locator(".info .title")).containsText("Linli API");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorize"))).isVisible();
        page.locator(".opblock-summary-path[data-path='/api/v1/orders']").first().click();
        assertThat(page.getByText("Idempotency-Key").first()).isVisible();
        screenshot("swagger-ui");
        org.assertj.core.api.Assertions.assertThat(refused).as("nothing refused by the policy, nothing broken")
                .isEmpty();
    }

    private Page phone(String locale) {
        var phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(375, 812).setLocale(locale).setBaseURL("http://localhost:" + port));
        contexts.add(phone);
        return phone.newPage();
    }

    private static void findInCatalog(Page leader, String name) {
        leader.getByLabel("在商品库中查找").fill(name);
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索").setExact(true)).click();
    }

    private static void logIn(Page page, String username, String password) {
        if (!page.url().endsWith("/login")) {
            page.navigate("/login");
        }
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
    }

    private void screenshot(String name) {
        screenshot(page, name);
    }

    private static void screenshot(Page page, String name) {
        var folder = Path.of(System.getProperty("linli.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
    }
}
