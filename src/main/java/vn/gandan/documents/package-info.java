/**
 * Official documents (văn bản): a small public model of a document in the NĐ 30/2020 layout (state bodies,
 * schools) or the Party layout (HD 05-HD/VPTW), the required-element check before issuing (rules F8), and two
 * renderers: .docx (Apache POI) and .pdf (openhtmltopdf with embedded Liberation Serif).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package vn.gandan.documents;
