package vn.gandan.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** ⚙ The form an issued plan's reporting regime uses when the plan names none (default DVCQ). */
@ConfigurationProperties("app.reporting")
record ReportingSettings(@DefaultValue("DVCQ") String planFormCode) {
}
