/**
 * Import of existing documents: readers (.txt in UTF-8/UTF-16/Windows-1258, legacy TCVN3 and VNI fonts
 * converted to Unicode) and an extractor that turns the text of a plan, joint plan, official letter or report
 * into the structured fields of the seeds schema, each with a confidence. Runs without Spring from the
 * command line ({@code java -jar app.jar import FILE…}). The "Nhập văn bản" pages review the fields beside the text
 * and, once confirmed, create a draft plan ({@code plans}) or attach a report's original ({@code reporting}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "legal", "platform", "plans", "access", "org", "reporting"})
package vn.gandan.imports;
