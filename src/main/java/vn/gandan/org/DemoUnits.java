package vn.gandan.org;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gandan.platform.DemoMode;

/**
 * The demo organisation tree of api.md: the open chain Sở GDĐT Bình Dương → Phòng GDĐT Phú Giáo → two
 * primary schools, and the seed documents' other issuers with the 2025 reorganisation. Idempotent.
 */
@Component
@Order(10)
class DemoUnits implements ApplicationRunner {

    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    /** Two-level local government from 2025-07-01 (Nghị quyết 202/2025/QH15). */
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    static final LocalDate LAST_DAY_BEFORE = REORGANISED.minusDays(1);

    private final DemoMode demo;
    private final UnitAdmin admin;
    private final UnitService tree;
    private final PeopleService people;

    DemoUnits(DemoMode demo, UnitAdmin admin, UnitService tree, PeopleService people) {
        this.demo = demo;
        this.admin = admin;
        this.tree = tree;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || tree.findByCode("BGDDT").isPresent()) {
            return;
        }
        Long bo = unit("BGDDT", "Bộ Giáo dục và Đào tạo", "BGDĐT", UnitKind.BO, null, "Hà Nội", null);
        Long so = unit("SGDDT-BD", "Sở Giáo dục và Đào tạo Bình Dương", "SGDĐT", UnitKind.SO_GDDT, null, "Bình Dương", bo);
        Long phong = unit("PGDDT-PG", "Phòng Giáo dục và Đào tạo Phú Giáo", "PGDĐT", UnitKind.PHONG_GDDT, null, "Phú Giáo", so);
        Long phuocSang = unit("TH-PS", "Trường Tiểu học Phước Sang", "THPS", UnitKind.TRUONG, SchoolLevel.TIEU_HOC, "Phú Giáo", phong);
        Long anLinh = unit("TH-AL", "Trường Tiểu học An Linh", "THAL", UnitKind.TRUONG, SchoolLevel.TIEU_HOC, "Phú Giáo", phong);
        people.add(phuocSang, "Lê Văn Sang", "Hiệu trưởng", null, null, LocalDate.of(2020, 8, 1));
        people.add(phong, "Nguyễn Văn Bình", "Trưởng phòng", null, null, LocalDate.of(2022, 8, 1));
        people.add(anLinh, "Trần Thị Hoa", "Hiệu trưởng", null, null, LocalDate.of(2021, 8, 15));
        unit("TH-PV", "Trường Tiểu học Phước Vĩnh", "THPV", UnitKind.TRUONG, SchoolLevel.TIEU_HOC, "Phú Giáo", phong);
        unit("THCS-PS", "Trường Trung học cơ sở Phước Sang", "THCSPS", UnitKind.TRUONG, SchoolLevel.THCS, "Phú Giáo", phong);
        unit("MN-PG", "Trường Mầm non Hoa Sen Phú Giáo", "MNHS", UnitKind.TRUONG, SchoolLevel.MAM_NON, "Phú Giáo", phong);
        unit("THPT-PG", "Trường Trung học phổ thông Phước Vĩnh", "THPTPV", UnitKind.TRUONG, SchoolLevel.THPT, "Phú Giáo", so);
        reorganisedThuanAn(so);
        reorganisedKrongPa(bo);
        reorganisedNamDinh(bo);
        reorganisedHocMon(bo);
    }

    /** Phòng GDĐT and Ban Dân vận Thị ủy Thuận An ended on 2025-06-30; their schools went to the ward. */
    private void reorganisedThuanAn(Long so) {
        Long phong = unit("PGDDT-TA", "Phòng Giáo dục và Đào tạo thị xã Thuận An", "PGDĐT", UnitKind.PHONG_GDDT, null,
                "Thuận An", so);
        Long thiUy = unit("TU-TA", "Thị ủy Thuận An", "TU", UnitKind.DANG_UY, null, "Thuận An", null);
        Long banDanVan = unit("BDV-TA", "Ban Dân vận Thị ủy Thuận An", "BDV", UnitKind.BAN_DAN_VAN, null, "Thuận An", thiUy);
        Long school = unit("TH-LT", "Trường Tiểu học Lái Thiêu", "THLT", UnitKind.TRUONG, SchoolLevel.TIEU_HOC,
                "Thuận An", phong);
        Long ward = unitFrom("UBND-P-TA", "Ủy ban nhân dân phường Thuận An", "UBND", UnitKind.UBND_XA, null, "Thuận An",
                so, REORGANISED);
        admin.move(school, ward, REORGANISED);
        admin.relate(banDanVan, phong, RelationKind.PHOI_HOP, LocalDate.of(2018, 1, 1));
        admin.dissolve(phong, LAST_DAY_BEFORE);
        admin.dissolve(banDanVan, LAST_DAY_BEFORE);
        admin.dissolve(thiUy, LAST_DAY_BEFORE);
    }

    private void reorganisedKrongPa(Long bo) {
        Long so = unit("SGDDT-GL", "Sở Giáo dục và Đào tạo Gia Lai", "SGDĐT", UnitKind.SO_GDDT, null, "Gia Lai", bo);
        Long phong = unit("PGDDT-KP", "Phòng Giáo dục và Đào tạo Krông Pa", "GD&ĐT", UnitKind.PHONG_GDDT, null,
                "Krông Pa", so);
        Long school = unit("TH-PT", "Trường Tiểu học Phú Túc", "THPTUC", UnitKind.TRUONG, SchoolLevel.TIEU_HOC, "Krông Pa", phong);
        Long commune = unitFrom("UBND-X-PT", "Ủy ban nhân dân xã Phú Túc", "UBND", UnitKind.UBND_XA, null, "Phú Túc",
                so, REORGANISED);
        admin.move(school, commune, REORGANISED);
        admin.dissolve(phong, LAST_DAY_BEFORE);
    }

    private void reorganisedNamDinh(Long bo) {
        Long so = unit("SGDDT-ND", "Sở Giáo dục và Đào tạo Nam Định", "SGDĐT", UnitKind.SO_GDDT, null, "Nam Định", bo);
        Long successor = unitFrom("SGDDT-NB", "Sở Giáo dục và Đào tạo Ninh Bình", "SGDĐT", UnitKind.SO_GDDT, null,
                "Ninh Bình", bo, REORGANISED);
        Long school = unit("THPT-LHP", "Trường Trung học phổ thông chuyên Lê Hồng Phong", "THPTLHP", UnitKind.TRUONG,
                SchoolLevel.THPT, "Nam Định", so);
        admin.move(school, successor, REORGANISED);
        admin.dissolve(so, LAST_DAY_BEFORE);
    }

    private void reorganisedHocMon(Long bo) {
        Long so = unit("SGDDT-HCM", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "SGDĐT", UnitKind.SO_GDDT, null,
                "Thành phố Hồ Chí Minh", bo);
        Long phong = unit("PGDDT-HM", "Phòng Giáo dục và Đào tạo huyện Hóc Môn", "PGDĐT", UnitKind.PHONG_GDDT, null,
                "Hóc Môn", so);
        Long school = unit("MN-BN", "Trường Mầm non Bé Ngoan", "MNBN", UnitKind.TRUONG, SchoolLevel.MAM_NON, "Hóc Môn", phong);
        Long commune = unitFrom("UBND-X-HM", "Ủy ban nhân dân xã Hóc Môn", "UBND", UnitKind.UBND_XA, null, "Hóc Môn",
                so, REORGANISED);
        admin.move(school, commune, REORGANISED);
        admin.dissolve(phong, LAST_DAY_BEFORE);
    }

    private Long unit(String code, String name, String shortName, UnitKind kind, SchoolLevel level, String place,
                      Long parent) {
        return unitFrom(code, name, shortName, kind, level, place, parent, LONG_AGO);
    }

    private Long unitFrom(String code, String name, String shortName, UnitKind kind, SchoolLevel level, String place,
                          Long parent, LocalDate from) {
        return admin.create(new UnitAdmin.NewUnit(code, name, shortName, kind, level, place, parent, from)).id();
    }
}
