package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Session 22: the issuer decision judged, whatever step proposed it, by the grammar of a body's name ({@link NameGrammar}): each
 * issuer is cut where its name ends, an issuer that does not parse as a body's name is dropped. An empty decision says the text
 * gave no issuer it could stand by; the page's metadata may still fill it.
 */
final class IssuerNames {

    private IssuerNames() {
    }

    static IssuerSignals.Decision judged(IssuerSignals.Decision who) {
        if (who.issuers().isEmpty()) {
            return who;
        }
        List<String> out = new ArrayList<>(who.issuers().size());
        for (String issuer : who.issuers()) {
            String name = NameGrammar.name(issuer);
            if (name != null) {
                out.add(name.equals(vn.gandan.shared.Texts.clean(issuer)) ? issuer : name);
            }
        }
        if (out.equals(who.issuers())) {
            return who;
        }
        return out.isEmpty() ? new IssuerSignals.Decision(List.of(), who.parent(), 0.1) : new IssuerSignals.Decision(out, who.parent(), who.confidence());
    }
}
