package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ReflectionUtils;

/**
 * CI runs at any hour: a cron job of the application firing in the middle of the suite (the case escalations at
 * 07:20 in Asia/Ho_Chi_Minh, i.e. 00:20 UTC, Monday to Saturday) changed the shared database under the tests that
 * call the job themselves and count what it claimed (CaseEscalationTests: "escalated by one node" was 0). Every
 * {@code @Scheduled(cron = …)} of every bean must resolve to "-" (disabled) in the test profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScheduledJobsQuietInTestsTests {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void noCronJobFiresByTheWallClockDuringTests() {
        List<String> live = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("vn.gandan.")) {
                continue;
            }
            ReflectionUtils.doWithMethods(AopUtils.getTargetClass(context.getBean(name)), m -> {
                Scheduled s = m.getAnnotation(Scheduled.class);
                if (s != null && !s.cron().isEmpty()) {
                    String cron = context.getEnvironment().resolvePlaceholders(s.cron());
                    seen.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
                    if (!Scheduled.CRON_DISABLED.equals(cron)) {
                        live.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " = " + cron);
                    }
                }
            });
        }
        assertThat(seen).as("the cron jobs found").contains("CaseEscalations.escalate", "ReceptionReminders.remind",
                "TaskReminders.daily");
        assertThat(live).as("cron jobs that would fire during a test run").isEmpty();
    }
}
