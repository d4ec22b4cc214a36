package vn.gandan.plans;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Messages of the plan pages in the caller's language (the key itself when a bundle lacks it). */
@Component
class PlanMessages {

    private final MessageSource source;

    PlanMessages(MessageSource source) {
        this.source = source;
    }

    String get(String key, Object[] args) {
        return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    MessageSource source() {
        return source;
    }
}
