package vn.gandan.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** ⚙ Traffic-light bands of the disclosure overview (percent of items current): green from, amber from. */
@ConfigurationProperties("app.disclosure")
record DisclosureSettings(@DefaultValue("100") int greenFrom, @DefaultValue("70") int amberFrom) {
}
