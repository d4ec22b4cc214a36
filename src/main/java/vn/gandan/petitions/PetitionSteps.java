package vn.gandan.petitions;

import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;
import vn.gandan.shared.NotFoundException;

/**
 * The steps of a case by their name in the API path: one table instead of a handler per step. Each step loads the
 * case, checks scope and role and records the step in {@link PetitionWork}; the controller answers with the case.
 */
@Component
class PetitionSteps {

    /** A step: what it does with the body, and whether it creates something (forward answers 201). */
    record Handler(BiConsumer<Long, PetitionApiController.Step> action, boolean created) {
        void apply(long id, PetitionApiController.Step s) {
            action.accept(id, s);
        }
    }

    private final Map<String, Handler> handlers;

    PetitionSteps(PetitionWork w) {
        handlers = Map.ofEntries(
                step("accept", (id, s) -> w.accept(id, s.on(), s.complexity(), Boolean.TRUE.equals(s.remoteArea()))),
                step("extend", (id, s) -> w.extend(id, s.on(), s.days(), s.reason())),
                step("suspend", (id, s) -> w.suspend(id, s.on(), s.reason())),
                step("resume", (id, s) -> w.resume(id, s.on())),
                step("verify", (id, s) -> w.verify(id, s.on(), s.note())),
                step("dialogue", (id, s) -> w.dialogue(id, s.on(), s.note())),
                step("resolve", (id, s) -> w.resolve(id, s.on(), s.result(), s.publish())),
                step("reject", (id, s) -> w.reject(id, s.on(), s.reason())),
                step("guide", (id, s) -> w.guide(id, s.on(), s.note())),
                step("withdraw", (id, s) -> w.withdraw(id, s.on(), s.reason())),
                step("terminate", (id, s) -> w.terminate(id, s.on(), s.reason())),
                step("effective", (id, s) -> w.takeEffect(id, s.on())),
                step("close", (id, s) -> w.close(id, s.on())),
                step("assign", (id, s) -> w.assign(id, s.handler())),
                Map.entry("forward", new Handler((id, s) -> w.forward(id, s.on(), s.toUnitId(), s.reason()), true)));
    }

    private static Map.Entry<String, Handler> step(String name, BiConsumer<Long, PetitionApiController.Step> action) {
        return Map.entry(name, new Handler(action, false));
    }

    Handler handler(String step) {
        Handler h = handlers.get(step);
        if (h == null) {
            throw new NotFoundException("petition step", step);
        }
        return h;
    }
}
