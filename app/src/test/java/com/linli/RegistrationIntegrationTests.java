package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.linli.domain.identity.Role;
import com.linli.domain.identity.Users;

@LinliIntegrationTest
class RegistrationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void visitorRegistersAsMemberWithAHashedPassword() {
        assertThat(register("Chen_Xiao", "陈晓", "13912345678", "secret-pass-1"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?username=Chen_Xiao");

        var user = users.findByUsername("chen_xiao").orElseThrow();
        assertThat(user.getDisplayName()).isEqualTo("陈晓");
        assertThat(user.getRoles()).containsExactly(Role.MEMBER);
        assertThat(user.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("secret-pass-1");
    }

    @Test
    void badInputIsExplainedInTheUsersLanguageAndSavesNothing() {
        var before = userCount();

        assertThat(register("x", "", "12345", "short").header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText()
                .contains("用户名为 3 到 32 位字母、数字或下划线。", "请填写此项。", "请输入以 1 开头的 11 位手机号。", "密码为 8 到 72 位。")
                .doesNotContain("short");
        assertThat(register("x", "", "12345", "short").header("Accept-Language", "en"))
                .bodyText().contains("Use 3 to 32 letters, digits or underscores.", "Enter an 11-digit mainland mobile number");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void duplicateUsernameIsRefusedWhateverItsCase() {
        assertThat(register("liu_yang", "刘洋", "13700000001", "secret-pass-1")).hasStatus(HttpStatus.FOUND);
        var before = userCount();

        assertThat(register("LIU_YANG", "另一个刘洋", "13700000002", "secret-pass-2").header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("The username liu_yang is already taken.");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void oneUsernameSentFromSixBrowsersAtOnceMakesOneAccountAndTheOthersAreToldItIsTaken() {
        for (int round = 0; round < 3; round++) {
            var username = "twin_" + System.nanoTime();
            var browsers = IntStream.range(0, 6).mapToObj(i -> new HttpVisitor(port, "en")).toList();
            browsers.forEach(browser -> browser.get("/register"));

            var answers = AtOnce.send(browsers.size(), i -> browsers.get(i).post("/register", Map.of("username", username,
                    "displayName", "双胞胎", "phone", "13700000009", "password", "secret-pass-9")));

            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302, 200).containsOnlyOnce(302);
            assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).extracting(HttpResponse::body)
                    .allSatisfy(body -> assertThat(body).contains("The username " + username + " is already taken."));
            assertThat(jdbc.queryForObject("select count(*) from users where username = ?", Integer.class, username))
                    .isOne();
        }
    }

    @Test
    void registeredMemberLogsInAndTheSessionIsStoredInPostgres() {
        register("zhou_min", "周敏", "13600000003", "secret-pass-3").exchange();

        var login = mvc.post().uri("/login").with(csrf())
                .param("username", "zhou_min").param("password", "secret-pass-3").exchange();

        assertThat(login).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'zhou_min'",
                Integer.class)).isEqualTo(1);
    }

    private MockMvcRequestBuilder register(String username, String displayName, String phone, String password) {
        return mvc.post().uri("/register").with(csrf())
                .param("username", username).param("displayName", displayName)
                .param("phone", phone).param("password", password);
    }

    private int userCount() {
        return jdbc.queryForObject("select count(*) from users", Integer.class);
    }
}
