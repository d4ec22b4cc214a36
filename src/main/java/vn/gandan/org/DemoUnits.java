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

    private final DemoMode demo;
    private final UnitAdmin admin;
    private final UnitService tree;

    DemoUnits(DemoMode demo, UnitAdmin admin, UnitService tree) {
        this.demo = demo;
        this.admin = admin;
        this.tree = tree;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || tree.findByCode("BGDDT").isPresent()) {
            return;
        }
        Long bo = unit("BGDDT", "Bộ Giáo dục và Đào tạo", "BGDĐT", UnitKind.BO, null, "Hà Nội", null);
        Long so = unit("SGDDT-BD", "Sở Giáo dục và Đào tạo Bình Dương", "SGDĐT", UnitKind.SO_GDDT, null, "Bình Dương", bo);
        Long phong = unit("PGDDT-PG", "Phòng Giáo dục và Đào tạo Phú Giáo", "PGDĐT", UnitKind.PHONG_GDDT, null, "Phú Giáo", so);
        unit("TH-PS", "Trường Tiểu học Phước Sang", "THPS", UnitKind.TRUONG, SchoolLevel.TIEU_HOC, "Phú Giáo", phong);
        unit("TH-AL", "Trường Tiểu học An Linh", "THAL", UnitKind.TRUONG, SchoolLevel.TIEU_HOC, "Phú Giáo", phong);
    }

    private Long unit(String code, String name, String shortName, UnitKind kind, SchoolLevel level, String place,
                      Long parent) {
        return admin.create(new UnitAdmin.NewUnit(code, name, shortName, kind, level, place, parent, LONG_AGO)).id();
    }
}
