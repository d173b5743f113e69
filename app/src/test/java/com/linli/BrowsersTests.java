package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowsersTests {

    @TempDir
    Path machine;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    @Test
    void looksForChromiumThenChromiumBrowserThenGoogleChromeOnThePath() throws IOException {
        var chrome = executable("opt/google-chrome");
        var chromiumBrowser = executable("usr/bin/chromium-browser");
        path("empty", "usr/bin", "opt");

        assertThat(browsers().find()).contains(chromiumBrowser);

        Files.delete(chromiumBrowser);
        assertThat(browsers().find()).contains(chrome);
    }

    @Test
    void skipsFilesThatCannotRun() throws IOException {
        Files.createDirectories(machine.resolve("bin"));
        Files.createFile(machine.resolve("bin/chromium"));
        path("bin");

        assertThat(browsers().find()).isEmpty();
    }

    @Test
    void theBrowserNamedByThePropertyComesBeforeTheVariableAndThePath() throws IOException {
        var named = executable("opt/chrome-for-testing/chrome");
        var variable = executable("opt/other/chrome");
        executable("usr/bin/chromium");
        path("usr/bin");
        environment.put("LINLI_BROWSER", variable.toString());

        assertThat(browsers().find()).contains(variable);

        properties.put("linli.browser", named.toString());
        assertThat(browsers().find()).contains(named);
    }

    @Test
    void aBrowserMayBeNamedByItsCommand() throws IOException {
        var edge = executable("usr/bin/microsoft-edge");
        path("usr/bin");
        environment.put("LINLI_BROWSER", "microsoft-edge");

        assertThat(browsers().find()).contains(edge);
    }

    @Test
    void aNamedBrowserThatIsNotThereIsAnErrorRatherThanASkip() throws IOException {
        executable("usr/bin/chromium");
        path("usr/bin");
        properties.put("linli.browser", machine.resolve("opt/chromiun").toString());

        assertThatThrownBy(() -> browsers().find()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("opt/chromiun");
    }

    @Test
    void withoutABrowserTheJourneysFailWhenBrowsersAreRequired() {
        path("usr/bin");
        environment.put("LINLI_BROWSERS_REQUIRED", "true");

        assertThatThrownBy(() -> browsers().chromium()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("browsers are required");
    }

    @Test
    void browsersAreRequiredOnlyWhenSaidSo() {
        assertThat(browsers().required()).isFalse();
        environment.put("LINLI_BROWSERS_REQUIRED", "true");
        assertThat(browsers().required()).isTrue();
        properties.put("linli.browsers.required", "false");
        assertThat(browsers().required()).isFalse();
    }

    private Browsers browsers() {
        return new Browsers(properties::get, environment::get);
    }

    private void path(String... folders) {
        var path = new StringBuilder();
        for (var folder : folders) {
            path.append(machine.resolve(folder)).append(File.pathSeparator);
        }
        environment.put("PATH", path.toString());
    }

    private Path executable(String file) throws IOException {
        var path = machine.resolve(file);
        Files.createDirectories(path.getParent());
        Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        return path;
    }
}
