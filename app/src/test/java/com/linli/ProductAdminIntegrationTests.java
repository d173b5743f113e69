package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.Category;
import com.linli.domain.catalog.ProductStatus;
import com.linli.domain.shared.Money;
import com.linli.domain.supplier.Supplier;
import com.linli.domain.supplier.SupplierService;

@LinliIntegrationTest
class ProductAdminIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    SupplierService suppliers;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private CatalogFixtures fixtures;
    private Supplier supplier;
    private Category category;

    @BeforeEach
    void catalog() {
        fixtures = new CatalogFixtures(suppliers, catalog);
        supplier = fixtures.supplier();
        category = fixtures.category();
    }

    @Test
    void adminCreatesAProductWithAnUploadedPngThatIsServedWithCacheHeaders() throws IOException {
        var name = CatalogFixtures.unique("烟台苹果");
        var png = png(800, 400);

        assertThat(productForm("/admin/products/new", "zh-CN", "name", name)
                .file(new MockMultipartFile("image", "apple.png", "image/png", png)))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/products");

        var stored = jdbc.queryForMap("select * from products where name = ?", name);
        assertThat(stored).containsEntry("supply_price", 800L).containsEntry("floor_price", 990L)
                .containsEntry("retail_price", 1250L).containsEntry("unit", "斤").containsEntry("status", "ACTIVE");
        var id = (Long) stored.get("id");

        var image = mvc.get().uri("/images/products/{id}", id).exchange();
        assertThat(image).hasStatusOk().hasContentType("image/png");
        assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(png);
        assertThat(image.getResponse().getHeader("Cache-Control")).contains("public", "max-age=604800");
        var etag = image.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.get().uri("/images/products/{id}", id).header("If-None-Match", etag))
                .hasStatus(HttpStatus.NOT_MODIFIED);

        var thumbnail = mvc.get().uri("/images/products/{id}/thumbnail", id).exchange();
        assertThat(thumbnail).hasStatusOk().hasContentType("image/jpeg");
        assertThat(thumbnail.getResponse().getHeader("Cache-Control")).contains("public", "max-age=604800");
        assertThat(thumbnail.getResponse().getHeader("ETag")).isNotBlank().isNotEqualTo(etag);
        var decoded = ImageIO.read(new ByteArrayInputStream(thumbnail.getResponse().getContentAsByteArray()));
        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(160);

        assertThat(mvc.get().uri("/admin/products").param("q", name).with(accounts.as("admin"))
                .header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains(name, supplier.getName(), category.getName(), "¥9.90", "在售",
                        "/images/products/" + id + "/thumbnail?v=");
    }

    @Test
    void adminCreatesAProductWithAnImageUrlAndEditsIt() {
        var name = CatalogFixtures.unique("阳澄湖大闸蟹");

        assertThat(productForm("/admin/products/new", "en", "name", name,
                "imageUrl", "https://img.example.com/crab.jpg")).hasStatus(HttpStatus.FOUND);
        var id = jdbc.queryForObject("select id from products where name = ?", Long.class, name);
        assertThat(mvc.get().uri("/admin/products/{id}/edit", id).with(accounts.as("admin")))
                .hasStatusOk().bodyText().contains(name, "https://img.example.com/crab.jpg", "9.90");

        assertThat(productForm("/admin/products/" + id + "/edit", "en", "name", name, "retailPrice", "15",
                "imageUrl", "https://img.example.com/crab.jpg")).hasStatus(HttpStatus.FOUND);

        var product = catalog.product(id);
        assertThat(product.getRetailPrice()).isEqualTo(Money.parseYuan("15"));
        assertThat(product.getImageUrl()).isEqualTo("https://img.example.com/crab.jpg");
        assertThat(mvc.get().uri("/images/products/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void adminArchivesAndReactivatesAProduct() {
        var product = fixtures.product(supplier, category);

        assertThat(mvc.post().uri("/admin/products/{id}/archive", product.getId()).with(accounts.as("admin")).with(csrf()))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("message", "product.archived");
        assertThat(catalog.product(product.getId()).getStatus()).isEqualTo(ProductStatus.ARCHIVED);
        assertThat(mvc.get().uri("/admin/products").param("status", "ARCHIVED").param("q", product.getName())
                .with(accounts.as("admin")).header("Accept-Language", "zh-CN"))
                .bodyText().contains(product.getName(), "已下架", "重新上架");

        assertThat(mvc.post().uri("/admin/products/{id}/reactivate", product.getId()).with(accounts.as("admin")).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(catalog.product(product.getId()).isActive()).isTrue();
    }

    @Test
    void listFiltersBySupplierCategoryStatusAndText() {
        var mine = fixtures.product(supplier, category);
        var otherSupplier = fixtures.product(fixtures.supplier(), category);
        var otherCategory = fixtures.product(supplier, fixtures.category());

        assertThat(mvc.get().uri("/admin/products").with(accounts.as("admin"))
                .param("supplierId", supplier.getId().toString()).param("categoryId", category.getId().toString())
                .param("status", "ACTIVE").param("q", ""))
                .hasStatusOk().bodyText().contains(mine.getName())
                .doesNotContain(otherSupplier.getName(), otherCategory.getName());
    }

    @Test
    void theFormOffersActiveSuppliersOnlyButKeepsTheProductsOwnWhenEditingIt() {
        var own = fixtures.supplier();
        var retired = fixtures.supplier();
        var product = fixtures.product(own, category);
        suppliers.deactivate(own.getId());
        suppliers.deactivate(retired.getId());

        assertThat(mvc.get().uri("/admin/products/new").with(accounts.as("admin")))
                .hasStatusOk().bodyText().contains(supplier.getName()).doesNotContain(own.getName(), retired.getName());
        assertThat(mvc.get().uri("/admin/products/{id}/edit", product.getId()).with(accounts.as("admin")))
                .hasStatusOk().bodyText().contains(supplier.getName(), own.getName()).doesNotContain(retired.getName());
        assertThat(productForm("/admin/products/" + product.getId() + "/edit", "en", "name", product.getName(),
                "supplierId", own.getId().toString())).hasStatus(HttpStatus.FOUND);

        var before = count();
        assertThat(productForm("/admin/products/new", "zh-CN", "supplierId", retired.getId().toString()))
                .hasStatusOk().bodyText().contains("供应商 " + retired.getName() + " 已停用，请选择合作中的供应商。");
        assertThat(productForm("/admin/products/" + product.getId() + "/edit", "en", "name", product.getName(),
                "supplierId", retired.getId().toString()))
                .hasStatusOk().bodyText().contains("The supplier " + retired.getName() + " is inactive; choose an active one.");
        assertThat(count()).isEqualTo(before);
        assertThat(catalog.product(product.getId()).getSupplierId()).isEqualTo(own.getId());
    }

    @Test
    void missingFieldsAreExplainedInTheUsersLanguageAndNothingIsSaved() {
        var before = count();

        assertThat(productForm("/admin/products/new", "zh-CN", "name", "", "unit", "", "supplyPrice", "",
                "categoryId", "")).hasStatusOk().bodyText().contains("请填写此项。");
        assertThat(productForm("/admin/products/new", "en", "name", " ", "floorPrice", "abc"))
                .hasStatusOk().bodyText().contains("Please fill this in.",
                        "Enter an amount in yuan up to 1,000,000 with at most two decimals, e.g. 12.50.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void pricesOutOfBoundsSayWhichBoundInTheUsersLanguageAndNothingIsSaved() {
        var before = count();

        assertThat(productForm("/admin/products/new", "zh-CN", "supplyPrice", "0"))
                .hasStatusOk().bodyText().contains("供货价必须大于零。");
        assertThat(productForm("/admin/products/new", "en", "supplyPrice", "0"))
                .bodyText().contains("The supply price must be more than zero.");
        assertThat(productForm("/admin/products/new", "zh-CN", "floorPrice", "7.99"))
                .hasStatusOk().bodyText().contains("最低团购价不得低于供货价（¥8.00）。");
        assertThat(productForm("/admin/products/new", "en", "floorPrice", "7.99"))
                .bodyText().contains("The floor price must not be below the supply price (¥8.00).");
        assertThat(productForm("/admin/products/new", "zh-CN", "retailPrice", "9.89"))
                .hasStatusOk().bodyText().contains("零售价不得低于最低团购价（¥9.90）。");
        assertThat(productForm("/admin/products/new", "en", "retailPrice", "9.89"))
                .bodyText().contains("The retail price must not be below the floor price (¥9.90).");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void editWithPricesOutOfBoundsKeepsTheStoredPrices() {
        var product = fixtures.product(supplier, category);

        assertThat(productForm("/admin/products/" + product.getId() + "/edit", "en", "name", product.getName(),
                "floorPrice", "13.00"))
                .hasStatusOk().bodyText().contains("The retail price must not be below the floor price (¥13.00).");

        var stored = catalog.product(product.getId());
        assertThat(stored.getFloorPrice()).isEqualTo(Money.parseYuan("9.90"));
        assertThat(stored.getRetailPrice()).isEqualTo(Money.parseYuan("12.50"));
    }

    @Test
    void fileThatIsNotAnImageIsRefusedWhateverItsNameAndNothingIsSaved() {
        var before = count();
        var text = new MockMultipartFile("image", "photo.png", "image/png", "not a picture".getBytes(StandardCharsets.UTF_8));

        assertThat(productForm("/admin/products/new", "zh-CN").file(text))
                .hasStatusOk().bodyText().contains("此文件不是可读取的图片。");
        assertThat(productForm("/admin/products/new", "en").file(text))
                .hasStatusOk().bodyText().contains("This file is not an image that can be read.");
        assertThat(productForm("/admin/products/new", "en", "imageUrl", "http://img.example.com/a.jpg"))
                .hasStatusOk().bodyText().contains("The image address must start with https://.");
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from product_images where product_id not in (select id from products)",
                Long.class)).isZero();
    }

    @Test
    void uploadOverFiveMegabytesIsExplainedOnTheFormAndNothingIsSaved() {
        var before = count();
        var tooLarge = new byte[5 * 1024 * 1024 + 100_000];

        for (var language : new String[] {"zh-CN", "en"}) {
            var admin = new HttpVisitor(port, language).logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD);
            admin.get("/admin/products/new");

            var refused = admin.postFile("/admin/products/new", validFields(), "image", "huge.png", "image/png", tooLarge);

            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/admin/products/new?tooLarge");
            var form = admin.get("/admin/products/new?tooLarge");
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains(language.equals("en")
                    ? "The file is larger than 5 MB, so nothing was saved."
                    : "文件超过 5 MB，未保存任何内容。");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void browserUploadWithinTheLimitIsSavedWithItsChineseFields() throws IOException {
        var admin = new HttpVisitor(port, "zh-CN").logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD);
        admin.get("/admin/products/new");
        var fields = validFields();
        var name = CatalogFixtures.unique("赣南脐橙");
        fields.put("name", name);

        var saved = admin.postFile("/admin/products/new", fields, "image", "橙子.png", "image/png", png(60, 60));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/products");
        assertThat(jdbc.queryForObject("select count(*) from products p join product_images i on i.product_id = p.id "
                + "where p.name = ? and p.spec = '约 500g'", Long.class, name)).isOne();
    }

    /** The product form, valid unless the given fields and values say otherwise. */
    private MockMultipartMvcRequestBuilder productForm(String uri, String language, String... fieldsAndValues) {
        var fields = validFields();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        var request = mvc.post().uri(uri).multipart().with(accounts.as("admin")).with(csrf())
                .header("Accept-Language", language);
        fields.forEach(request::param);
        return request;
    }

    private Map<String, String> validFields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", CatalogFixtures.unique("苹果"));
        fields.put("categoryId", category.getId().toString());
        fields.put("supplierId", supplier.getId().toString());
        fields.put("unit", "斤");
        fields.put("spec", "约 500g");
        fields.put("supplyPrice", "8.00");
        fields.put("floorPrice", "9.90");
        fields.put("retailPrice", "12.50");
        fields.put("imageUrl", "");
        return fields;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from products", Long.class);
    }

    private static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.fillOval(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
