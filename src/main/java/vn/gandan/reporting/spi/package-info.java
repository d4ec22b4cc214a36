/**
 * How modules that own records (citizens, meetings, disclosure, emulation…) contribute report figures: each
 * declares an {@link vn.gandan.reporting.spi.IndicatorSource} bean that counts its own records for a unit's
 * subtree as the tree was in the period; {@code reporting} discovers the beans and never reads their tables.
 */
@org.springframework.modulith.NamedInterface("spi")
package vn.gandan.reporting.spi;
