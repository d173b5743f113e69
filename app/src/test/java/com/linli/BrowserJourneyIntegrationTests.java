package com.linli;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * The main journeys in Debian's chromium, on a phone-sized screen. Screenshots go to
 * {@code target/screenshots}, or to the folder named by {@code -Dlinli.screenshots}.
 */
@LinliIntegrationTest
class BrowserJourneyIntegrationTests {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
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
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(375, 812).setLocale("zh-CN").setBaseURL("http://localhost:" + port));
        page = context.newPage();
    }

    @AfterEach
    void closePhone() {
        context.close();
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
        assertThat(page.locator(".hero")).containsText("欢迎回来，王芳。");
        screenshot("home-signed-in");
    }

    private void screenshot(String name) {
        var folder = Path.of(System.getProperty("linli.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
    }
}
