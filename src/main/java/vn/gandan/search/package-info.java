/**
 * One search box over everything the caller may see: plans (full text), tasks, reports' texts, units and legal
 * documents, diacritics and case ignored, each group ranked by its module. Composes the modules' own search APIs;
 * owns no table. A leaf module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "access", "legal", "plans", "tasks", "reporting"})
package vn.gandan.search;
