package com.linli.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.linli.LinliApplication;
import com.linli.domain.identity.IdentityService;

/**
 * What a new user gets from the first start on an empty embedded database, and from the next one.
 * Linli runs here as {@code java -jar} runs it, with its own data directory and port: the shared
 * test context has its admin configured and no embedded database of its own, so it cannot show this.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTests {

    private static final Pattern GENERATED = Pattern.compile("with generated password: (\\S+)");

    /**
     * The case: with another admin name the demo loader looked for a user "admin" and the
     * app exited. Then a restart with the admin's password configured: nothing loads twice, and
     * only generated passwords are ever shown, once.
     */
    @Test
    void firstStartPutsAdminAndDemoInPlaceBeforeTheFirstRequestAndTheNextStartLeavesThemAlone(
            @TempDir Path dataDir, CapturedOutput output) {
        var usersAtFirstRequest = new AtomicReference<Set<String>>();
        try (var linli = start(dataDir, event -> usersAtFirstRequest.set(users(event.getApplicationContext())),
                "--linli.admin.username=boss", "--linli.demo.password=configured-demo-secret")) {
            assertThat(usersAtFirstRequest.get()).containsExactlyInAnyOrder("boss", "leader1", "member30");
            assertThat(signsIn(linli, "member30", "configured-demo-secret")).isTrue();
            var generated = GENERATED.matcher(output.getAll()).results().map(match -> match.group(1)).toList();
            assertThat(generated).hasSize(1);
            assertThat(signsIn(linli, "boss", generated.get(0))).isTrue();
            assertThat(output.getAll().split(Pattern.quote(generated.get(0)), -1)).as("lines showing it").hasSize(2);
        }
        var firstStart = output.getAll();
        assertThat(firstStart).contains("Loaded demo data").doesNotContain("configured-demo-secret");

        try (var linli = start(dataDir, event -> { }, "--linli.admin.username=boss",
                "--linli.admin.password=configured-admin-secret", "--linli.demo.password=another-demo-secret")) {
            assertThat(count(linli, "select count(*) from users where username like 'member%'")).isEqualTo(30);
            assertThat(count(linli, "select count(*) from suppliers")).isEqualTo(3);
            assertThat(signsIn(linli, "boss", "configured-admin-secret")).isTrue();
        }
        assertThat(output.getAll().substring(firstStart.length())).doesNotContain("Loaded demo data")
                .doesNotContain("password").doesNotContain("secret");
    }

    private static ConfigurableApplicationContext start(Path dataDir,
                                                        ApplicationListener<WebServerInitializedEvent> atFirstRequest,
                                                        String... args) {
        var all = new ArrayList<>(List.of("--linli.database.data-dir=" + dataDir, "--server.port=0",
                "--spring.main.banner-mode=off"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(LinliApplication.class).listeners(atFirstRequest)
                .run(all.toArray(String[]::new));
    }

    private static Set<String> users(ApplicationContext context) {
        return Set.copyOf(JdbcClient.create(context.getBean(DataSource.class))
                .sql("select username from users where username in ('boss', 'leader1', 'member30')")
                .query(String.class).list());
    }

    private static boolean signsIn(ConfigurableApplicationContext linli, String username, String password) {
        var hash = linli.getBean(IdentityService.class).user(username).getPasswordHash();
        return linli.getBean(PasswordEncoder.class).matches(password, hash);
    }

    private static int count(ConfigurableApplicationContext linli, String sql) {
        return JdbcClient.create(linli.getBean(DataSource.class)).sql(sql).query(Integer.class).single();
    }
}
