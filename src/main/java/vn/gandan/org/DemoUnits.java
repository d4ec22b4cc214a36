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
        admin.setGoverningBody(so, "Ủy ban nhân dân tỉnh Bình Dương");
        admin.setGoverningBody(phong, "Ủy ban nhân dân huyện Phú Giáo");
        contact(so, "Trung tâm Hành chính tỉnh, phường Phú Lợi, Bình Dương", "0274 000 0100", "vanthu.sgddt@gandan.example");
        contact(phong, "Khu phố 1, Phú Giáo, Bình Dương", "0274 000 0200", "vanthu.pgddt@gandan.example");
        contact(phuocSang, "Ấp 2, xã Phước Sang, Phú Giáo, Bình Dương", "0274 000 0301", "thphuocsang@gandan.example");
        contact(anLinh, "Ấp 3, xã An Linh, Phú Giáo, Bình Dương", "0274 000 0302", "thanlinh@gandan.example");
        people.add(phuocSang, "Lê Văn Sang", "Hiệu trưởng", null, null, LocalDate.of(2020, 8, 1));
        people.add(phong, "Nguyễn Văn Bình", "Trưởng phòng", null, null, LocalDate.of(2022, 8, 1));
        people.add(phong, "Phạm Thị Giao", "Chuyên viên", "chuyenvien.pgddt@gandan.example", null, LocalDate.of(2023, 9, 1));
        people.add(anLinh, "Trần Thị Hoa", "Hiệu trưởng", null, null, LocalDate.of(2021, 8, 15));
        unit("TH-PV", "Trường Tiểu học Phước Vĩnh", "THPV", UnitKind.TRUONG, SchoolLevel.TIEU_HOC, "Phú Giáo", phong);
        unit("TH-TH", "Trường Tiểu học Tân Hiệp", "THTH", UnitKind.TRUONG, SchoolLevel.TIEU_HOC, "Phú Giáo", phong);
        unit("THCS-PS", "Trường Trung học cơ sở Phước Sang", "THCSPS", UnitKind.TRUONG, SchoolLevel.THCS, "Phú Giáo", phong);
        unit("THCS-PV", "Trường Trung học cơ sở Phước Vĩnh", "THCSPV", UnitKind.TRUONG, SchoolLevel.THCS, "Phú Giáo", phong);
        unit("MN-PG", "Trường Mầm non Hoa Sen Phú Giáo", "MNHS", UnitKind.TRUONG, SchoolLevel.MAM_NON, "Phú Giáo", phong);
        unit("THPT-PG", "Trường Trung học phổ thông Phước Vĩnh", "THPTPV", UnitKind.TRUONG, SchoolLevel.THPT, "Phú Giáo", so);
        // seed 002 reports "về Sở (qua phòng TCCB, Công đoàn Giáo dục tỉnh)": the union co-receives the DVCQ reports
        unit("CDGD-BD", "Công đoàn Giáo dục tỉnh Bình Dương", "CĐGD", UnitKind.CONG_DOAN, null, "Bình Dương", null);
        reorganisedThuanAn(so);
        reorganisedKrongPa(bo);
        reorganisedNamDinh(bo);
        reorganisedHocMon(bo);
    }

    /** Phòng GDĐT and Ban Dân vận Thị ủy Thuận An ended on 2025-06-30; their schools went to the ward. */
    private void reorganisedThuanAn(Long so) {
        Long phong = unit("PGDDT-TA", "Phòng Giáo dục và Đào tạo thị xã Thuận An", "PGDĐT", UnitKind.PHONG_GDDT, null,
                "Thuận An", so);
        admin.setGoverningBody(phong, "Ủy ban nhân dân thị xã Thuận An");
        Long thiUy = unit("TU-TA", "Thị ủy Thuận An", "TU", UnitKind.DANG_UY, null, "Thuận An", null);
        Long banDanVan = unit("BDV-TA", "Ban Dân vận Thị ủy Thuận An", "BDV", UnitKind.BAN_DAN_VAN, null, "Thuận An", thiUy);
        Long ward = unitFrom("UBND-P-TA", "Ủy ban nhân dân phường Thuận An", "UBND", UnitKind.UBND_XA, null, "Thuận An",
                so, REORGANISED);
        unitFrom("DU-P-TA", "Đảng ủy phường Thuận An", "ĐU", UnitKind.DANG_UY, null, "Thuận An", null, REORGANISED);
        moveSchools(ward, school("TH-LT", "Trường Tiểu học Lái Thiêu", "THLT", SchoolLevel.TIEU_HOC, "Thuận An", phong),
                school("THCS-THD", "Trường Trung học cơ sở Trịnh Hoài Đức", "THCSTHD", SchoolLevel.THCS, "Thuận An", phong));
        admin.relate(banDanVan, phong, RelationKind.PHOI_HOP, LocalDate.of(2018, 1, 1));
        admin.relate(so, ward, RelationKind.HUONG_DAN_CHUYEN_MON, REORGANISED);
        admin.dissolve(phong, LAST_DAY_BEFORE);
        admin.dissolve(banDanVan, LAST_DAY_BEFORE);
        admin.dissolve(thiUy, LAST_DAY_BEFORE);
    }

    private void reorganisedKrongPa(Long bo) {
        Long so = unit("SGDDT-GL", "Sở Giáo dục và Đào tạo Gia Lai", "SGDĐT", UnitKind.SO_GDDT, null, "Gia Lai", bo);
        admin.setGoverningBody(so, "Ủy ban nhân dân tỉnh Gia Lai");
        Long phong = unit("PGDDT-KP", "Phòng Giáo dục và Đào tạo Krông Pa", "GD&ĐT", UnitKind.PHONG_GDDT, null,
                "Krông Pa", so);
        Long commune = unitFrom("UBND-X-PT", "Ủy ban nhân dân xã Phú Túc", "UBND", UnitKind.UBND_XA, null, "Phú Túc",
                so, REORGANISED);
        moveSchools(commune, school("TH-PT", "Trường Tiểu học Phú Túc", "THPTUC", SchoolLevel.TIEU_HOC, "Krông Pa", phong),
                school("MN-HH-KP", "Trường Mầm non Hoa Hồng", "MNHH", SchoolLevel.MAM_NON, "Krông Pa", phong));
        admin.dissolve(phong, LAST_DAY_BEFORE);
    }

    /** The Sở of Nam Định ended with the province; its schools went to the Sở of the merged Ninh Bình. */
    private void reorganisedNamDinh(Long bo) {
        Long so = unit("SGDDT-ND", "Sở Giáo dục và Đào tạo Nam Định", "SGDĐT", UnitKind.SO_GDDT, null, "Nam Định", bo);
        admin.setGoverningBody(so, "Ủy ban nhân dân tỉnh Nam Định");
        Long successor = unitFrom("SGDDT-NB", "Sở Giáo dục và Đào tạo Ninh Bình", "SGDĐT", UnitKind.SO_GDDT, null,
                "Ninh Bình", bo, REORGANISED);
        moveSchools(successor, school("THPT-LHP", "Trường Trung học phổ thông chuyên Lê Hồng Phong", "THPTLHP",
                        SchoolLevel.THPT, "Nam Định", so),
                school("THPT-NK", "Trường Trung học phổ thông Nguyễn Khuyến", "THPTNK", SchoolLevel.THPT, "Nam Định", so));
        admin.dissolve(so, LAST_DAY_BEFORE);
    }

    private void reorganisedHocMon(Long bo) {
        Long so = unit("SGDDT-HCM", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "SGDĐT", UnitKind.SO_GDDT, null,
                "Thành phố Hồ Chí Minh", bo);
        Long phong = unit("PGDDT-HM", "Phòng Giáo dục và Đào tạo huyện Hóc Môn", "PGDĐT", UnitKind.PHONG_GDDT, null,
                "Hóc Môn", so);
        Long commune = unitFrom("UBND-X-HM", "Ủy ban nhân dân xã Hóc Môn", "UBND", UnitKind.UBND_XA, null, "Hóc Môn",
                so, REORGANISED);
        moveSchools(commune, school("MN-BN", "Trường Mầm non Bé Ngoan", "MNBN", SchoolLevel.MAM_NON, "Hóc Môn", phong),
                school("TH-NAN", "Trường Tiểu học Nguyễn An Ninh", "THNAN", SchoolLevel.TIEU_HOC, "Hóc Môn", phong));
        admin.dissolve(phong, LAST_DAY_BEFORE);
    }

    private void moveSchools(Long successor, Long... schools) {
        for (Long school : schools) {
            admin.move(school, successor, REORGANISED);
        }
    }

    private Long school(String code, String name, String shortName, SchoolLevel level, String place, Long parent) {
        return unit(code, name, shortName, UnitKind.TRUONG, level, place, parent);
    }

    private void contact(Long unitId, String address, String phone, String email) {
        UnitView u = tree.get(unitId);
        admin.update(unitId, new UnitAdmin.UnitEdit(u.name(), u.shortName(), u.place(), address, phone, email));
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
