package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.Category;

@LinliIntegrationTest
class CategoryAdminIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void adminAddsCategoriesAtTheEndAndReordersThem() {
        var fruit = CatalogFixtures.unique("水果");
        var seafood = CatalogFixtures.unique("海鲜");

        assertThat(create(fruit)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/categories");
        assertThat(create(seafood)).hasStatus(HttpStatus.FOUND);
        assertThat(names()).endsWith(fruit, seafood);

        var seafoodId = id(seafood);
        assertThat(mvc.post().uri("/admin/categories/{id}/up", seafoodId).with(accounts.as("admin")).with(csrf()))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/categories");
        assertThat(names()).endsWith(seafood, fruit);

        assertThat(mvc.post().uri("/admin/categories/{id}/down", seafoodId).with(accounts.as("admin")).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(names()).endsWith(fruit, seafood);

        assertThat(mvc.get().uri("/admin/categories").with(accounts.as("admin")))
                .hasStatusOk().bodyText().containsSubsequence(fruit, seafood);
    }

    @Test
    void movingTheLastCategoryDownChangesNothing() {
        var last = CatalogFixtures.unique("粮油");
        add(last);

        mvc.post().uri("/admin/categories/{id}/down", id(last)).with(accounts.as("admin")).with(csrf()).exchange();

        assertThat(names()).last().isEqualTo(last);
    }

    @Test
    void adminRenamesACategory() {
        var name = CatalogFixtures.unique("肉禽");
        add(name);
        var renamed = CatalogFixtures.unique("肉禽蛋");

        assertThat(mvc.get().uri("/admin/categories/{id}/edit", id(name)).with(accounts.as("admin")))
                .hasStatusOk().bodyText().contains(name);
        assertThat(mvc.post().uri("/admin/categories/{id}/edit", id(name)).with(accounts.as("admin")).with(csrf())
                .param("name", renamed)).hasStatus(HttpStatus.FOUND);

        assertThat(names()).contains(renamed).doesNotContain(name);
    }

    @Test
    void emptyOrTakenNamesAreExplainedAndNothingIsAdded() {
        var taken = CatalogFixtures.unique("乳品");
        add(taken);
        var before = count();

        assertThat(create("").header("Accept-Language", "zh-CN")).hasStatusOk().bodyText().contains("请填写此项。");
        assertThat(create(taken).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("已有名为 " + taken + " 的品类。");
        assertThat(create(taken).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("There is already a category named " + taken + ".");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void adminsAddingOneNameAtOnceGetOneCategoryAndTheOthersAreToldItExists() {
        var admins = admins(5);
        for (int round = 0; round < 3; round++) {
            var name = CatalogFixtures.unique("同名");

            var answers = AtOnce.send(admins.size(), i -> admins.get(i).post("/admin/categories", Map.of("name", name)));

            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302, 200).containsOnlyOnce(302);
            assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).extracting(HttpResponse::body)
                    .allSatisfy(body -> assertThat(body).contains("已有名为 " + name + " 的品类。"));
            assertThat(names()).containsOnlyOnce(name);
        }
    }

    @Test
    void adminsAddingDifferentCategoriesAtOnceGetThemAllOneBelowTheOther() {
        var admins = admins(5);
        for (int round = 0; round < 3; round++) {
            var names = admins.stream().map(admin -> CatalogFixtures.unique("并发")).toList();

            var answers = AtOnce.send(admins.size(),
                    i -> admins.get(i).post("/admin/categories", Map.of("name", names.get(i))));

            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
            assertThat(names()).containsAll(names);
            assertThat(jdbc.queryForObject("select count(distinct position) = count(*) from categories", Boolean.class))
                    .isTrue();
        }
    }

    @Test
    void renamingToAnotherCategorysNameIsRefused() {
        var first = CatalogFixtures.unique("饮品");
        var second = CatalogFixtures.unique("零食");
        add(first);
        add(second);

        assertThat(mvc.post().uri("/admin/categories/{id}/edit", id(second)).with(accounts.as("admin")).with(csrf())
                .header("Accept-Language", "en").param("name", first))
                .hasStatusOk().bodyText().contains("There is already a category named " + first + ".");
        assertThat(names()).contains(first, second);
    }

    /** Admins signed in on their own browsers, each on the category list with its form. */
    private List<HttpVisitor> admins(int count) {
        var admins = IntStream.range(0, count).mapToObj(i -> new HttpVisitor(port, "zh-CN")
                .logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD)).toList();
        admins.forEach(admin -> admin.get("/admin/categories"));
        return admins;
    }

    private void add(String name) {
        assertThat(create(name)).hasStatus(HttpStatus.FOUND);
    }

    private MockMvcTester.MockMvcRequestBuilder create(String name) {
        return mvc.post().uri("/admin/categories").with(accounts.as("admin")).with(csrf()).param("name", name);
    }

    private List<String> names() {
        return catalog.categories().stream().map(Category::getName).toList();
    }

    private long id(String name) {
        return jdbc.queryForObject("select id from categories where name = ?", Long.class, name);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from categories", Long.class);
    }
}
