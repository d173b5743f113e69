package com.linli.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text a person reads exists in both languages. */
class MessagesTests {

    @Test
    void englishAndChineseCarryTheSameKeys() throws IOException {
        var english = load("messages.properties");
        var chinese = load("messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (var file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            var messages = load(file);
            assertThat(messages.stringPropertyNames())
                    .as(file)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void chineseMessagesAreChinese() throws IOException {
        var chinese = load("messages_zh_CN.properties");

        assertThat(chinese.getProperty("app.name")).isEqualTo("邻里");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
