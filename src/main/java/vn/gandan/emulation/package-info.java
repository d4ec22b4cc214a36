/**
 * Emulation (thi đua) around dân vận: "Dân vận khéo" models and exemplars from registration to replication, the
 * public exemplar library, the ⚙ dân vận chính quyền scoring of units with their ranking, and staff evaluation
 * (self-assessment, dân vận criteria, the head's rating under the quota). Offers its figures to report drafts
 * through {@code reporting}'s indicator SPI; reads only its own tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access",
        "documents", "reporting :: spi"})
package vn.gandan.emulation;
