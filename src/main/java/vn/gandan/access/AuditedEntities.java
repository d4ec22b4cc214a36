package vn.gandan.access;

import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Audits every JPA insert, update and delete of every module, with the state before and after, in the
 * same transaction. Secrets (password hashes, tokens) are never copied into the log.
 */
@Component
class AuditedEntities implements SmartInitializingSingleton, PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener {

    private static final Set<String> SECRET = Set.of("passwordHash", "tokenHash", "version");

    private final EntityManagerFactory emf;
    private final AuditLog audit;

    AuditedEntities(EntityManagerFactory emf, AuditLog audit) {
        this.emf = emf;
        this.audit = audit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent e) {
        audit.record("CREATE", name(e.getPersister()), e.getId(), null, state(e.getPersister(), e.getState()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent e) {
        audit.record("UPDATE", name(e.getPersister()), e.getId(), state(e.getPersister(), e.getOldState()),
                state(e.getPersister(), e.getState()));
    }

    @Override
    public void onPostDelete(PostDeleteEvent e) {
        audit.record("DELETE", name(e.getPersister()), e.getId(), state(e.getPersister(), e.getDeletedState()), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static String name(EntityPersister p) {
        String n = p.getEntityName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static Map<String, Object> state(EntityPersister p, Object[] values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        String[] names = p.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (!SECRET.contains(names[i])) {
                Object v = values[i];
                map.put(names[i], v == null || v instanceof Number || v instanceof Boolean ? v : String.valueOf(v));
            }
        }
        return map;
    }
}
