/**
 * Digital signatures on issued documents: each unit may hold a signing key and certificate (generated in the app as
 * a self-signed unit certificate, or uploaded as PKCS#12), stored encrypted with a key kept outside the database;
 * PAdES B-B signatures (ETSI.CAdES.detached with the signing-certificate-v2 attribute) on issued PDFs, and the
 * verification of any uploaded PDF's signatures (integrity, signer, signing time, changes after signing, trust in
 * the known unit certificates).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access"})
package vn.gandan.signing;
