package vn.gandan.petitions;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit log keeps of a case: its state and dates, never the petitioner's identity (rules.md C6). */
final class CaseAudit {

    private CaseAudit() {
    }

    static Map<String, Object> of(CaseData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code);
        m.put("unitId", d.unitId);
        m.put("kind", d.kind.name());
        m.put("status", d.status.name());
        m.put("receivedOn", String.valueOf(d.receivedOn));
        m.put("resolutionDue", String.valueOf(d.resolutionDue));
        m.put("extensions", d.extensions);
        m.put("handler", d.handler);
        return m;
    }
}
