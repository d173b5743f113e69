package com.linli.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data ({@code linli.demo.*}, environment {@code LINLI_DEMO_ENABLED}, {@code LINLI_DEMO_PASSWORD}).
 *
 * @param enabled  null: only into an empty embedded database; true: also into an empty external one; false: never
 * @param password the demo accounts' password; generated and printed when unset
 */
@ConfigurationProperties("linli.demo")
record DemoProperties(Boolean enabled, String password) {
}
