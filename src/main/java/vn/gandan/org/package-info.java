/**
 * Organisation units (Bộ, Sở GDĐT, UBND xã, Phòng GDĐT, schools, Party bodies, …) in an effective-dated
 * tree: each unit and each parent link has a validity range, so the tree can be read as of any date and
 * the 2025 reorganisation is kept without rewriting history. Also people and their positions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package vn.gandan.org;
