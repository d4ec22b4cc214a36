package vn.gandan.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is loaded: on the embedded database, or when {@code app.demo=true}; never otherwise
 * ({@code app.demo=false} switches it off on the embedded database too).
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment env, ObjectProvider<EmbeddedDatabaseMarker> embedded) {
        String flag = env.getProperty("app.demo");
        this.enabled = flag != null ? Boolean.parseBoolean(flag) : embedded.getIfAvailable() != null;
    }

    public boolean enabled() {
        return enabled;
    }
}
