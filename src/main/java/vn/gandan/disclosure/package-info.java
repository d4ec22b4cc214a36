/**
 * Public and internal disclosure (công khai): the ⚙ catalogue of Thông tư 09/2024/TT-BGDĐT (8 content groups, applied
 * by school level) and of internal disclosure under Luật THDCCS 2022, each unit's publications with forms, period and
 * evidence, validity (G1: a lapsed item is not done; G2: internal timing), compliance over a subtree as it was on a
 * day, and the public page of each school (G8) without login.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access", "calendar",
        "reporting :: spi", "web"})
package vn.gandan.disclosure;
