/**
 * The shell around every page: layout, navigation collected from the modules' {@code NavItem}s, the home
 * dashboard, error pages and problem responses, and the language switch (vi by default, en).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access"})
package vn.gandan.web;
