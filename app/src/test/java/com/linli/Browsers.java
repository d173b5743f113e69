package com.linli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chromium that the browser journeys drive: the one named by {@code -Dlinli.browser} or
 * {@code LINLI_BROWSER}, else the first of chromium, chromium-browser and google-chrome on the
 * PATH. Without one the journeys are skipped, so the tests pass on a machine with only a JDK,
 * unless browsers are required ({@code -Dlinli.browsers.required=true} or
 * {@code LINLI_BROWSERS_REQUIRED=true}, as CI sets): then they fail, and CI never skips them silently.
 */
final class Browsers {

    private static final List<String> ON_THE_PATH = List.of("chromium", "chromium-browser", "google-chrome");

    private static final Logger log = LoggerFactory.getLogger(Browsers.class);

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;

    Browsers(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    static Browsers ofThisMachine() {
        return new Browsers(System::getProperty, System::getenv);
    }

    /**
     * The browser to drive. Without one, says in one line why the journeys are skipped and how to
     * run them, or fails when browsers are required.
     */
    Optional<Path> chromium() {
        var found = find();
        if (found.isEmpty()) {
            var missing = "No Chromium found: none named by -Dlinli.browser or LINLI_BROWSER, and none of "
                    + String.join(", ", ON_THE_PATH) + " on the PATH";
            if (required()) {
                throw new IllegalStateException(missing + ", but browsers are required (LINLI_BROWSERS_REQUIRED)");
            }
            log.warn("Browser journeys skipped. {}. To run them, install one (apt-get install chromium) "
                    + "or name it: -Dlinli.browser=/path/to/chromium", missing);
        }
        return found;
    }

    /** @throws IllegalStateException when a browser is named but is not there: a typo must not skip the journeys */
    Optional<Path> find() {
        var named = setting("linli.browser", "LINLI_BROWSER");
        if (named != null) {
            var browser = named.contains(File.separator) ? Optional.of(Path.of(named)).filter(Browsers::runnable)
                    : onThePath(named);
            return Optional.of(browser.orElseThrow(() -> new IllegalStateException(
                    "The browser named by linli.browser or LINLI_BROWSER is not there or cannot run: " + named)));
        }
        return ON_THE_PATH.stream().map(this::onThePath).flatMap(Optional::stream).findFirst();
    }

    boolean required() {
        return Boolean.parseBoolean(setting("linli.browsers.required", "LINLI_BROWSERS_REQUIRED"));
    }

    private Optional<Path> onThePath(String command) {
        var path = environment.apply("PATH");
        return path == null ? Optional.empty() : Stream.of(path.split(File.pathSeparator))
                .filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, command))
                .filter(Browsers::runnable).findFirst();
    }

    private String setting(String property, String variable) {
        var value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.apply(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean runnable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
