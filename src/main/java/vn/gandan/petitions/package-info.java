/**
 * Citizens (công dân): the register of letters and visits classified as khiếu nại, tố cáo, kiến nghị or phản ánh,
 * each case's legal deadlines (dated configuration, counted by the calendar), the denouncer's secrecy, reception of
 * citizens by heads of units, a public portal without an account and Open311 for partner apps. Named "petitions"
 * after đơn thư, the word the plans use for everything a citizen sends in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access", "calendar",
        "documents", "reporting :: spi"})
package vn.gandan.petitions;
