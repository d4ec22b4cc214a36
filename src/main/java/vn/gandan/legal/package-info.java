/**
 * Legal references: a registry of cited documents (type, number/symbol, date, issuer, title, effective
 * dates) and a parser that turns Vietnamese citation text ("Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ
 * Chính trị về việc …") into that structure. Public API: {@link vn.gandan.legal.LegalService},
 * {@link vn.gandan.legal.CitationParser}, {@link vn.gandan.legal.Citation}, {@link vn.gandan.legal.LegalDocumentView}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package vn.gandan.legal;
