package vn.gandan;

import java.util.Locale;
import org.springframework.context.support.StaticMessageSource;

/** Message bundles for unit tests of code that reads messages: a few Vietnamese messages, nothing else. */
public final class TestMessages {

    public static final Locale VI = Locale.forLanguageTag("vi");

    private TestMessages() {
    }

    /** The messages given as key, text, key, text… in Vietnamese. */
    public static StaticMessageSource vi(String... keysAndTexts) {
        if (keysAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("a text for every key");
        }
        StaticMessageSource m = new StaticMessageSource();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            m.addMessage(keysAndTexts[i], VI, keysAndTexts[i + 1]);
        }
        return m;
    }
}
