package vn.gandan.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The unit form of the pages (create and edit). */
record UnitForm(
        @NotBlank(message = "{org.unit.code.invalid}") @Size(max = 50, message = "{org.unit.code.invalid}") String code,
        @NotBlank(message = "{org.unit.name.required}") @Size(max = 300, message = "{org.unit.name.tooLong}") String name,
        @Size(max = 50, message = "{org.unit.shortName.tooLong}") String shortName,
        @NotNull(message = "{org.unit.kind.required}") UnitKind kind,
        SchoolLevel schoolLevel,
        @Size(max = 100, message = "{org.unit.place.invalid}") String place,
        @Size(max = 300, message = "{org.unit.address.invalid}") String address,
        @Size(max = 50, message = "{org.unit.phone.invalid}") String phone,
        @Size(max = 200, message = "{org.unit.email.invalid}") String email,
        Long parentId,
        @Size(max = 300, message = "{org.unit.governingBody.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{org.unit.governingBody.tooLong}") String governingBody,
        @NotNull(message = "{org.unit.validFrom.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {

    static UnitForm of(UnitService.UnitDetails d) {
        UnitView u = d.unit();
        return new UnitForm(u.code(), u.name(), u.shortName(), u.kind(), u.schoolLevel(), u.place(), d.address(),
                d.phone(), d.email(), u.parentId(), u.governingBody(), u.validFrom());
    }

    static UnitForm child(Long parentId, LocalDate from) {
        return new UnitForm("", "", "", UnitKind.TRUONG, null, "", "", "", "", parentId, "", from);
    }

    UnitAdmin.NewUnit toNew() {
        return new UnitAdmin.NewUnit(code, name, shortName, kind, schoolLevel, place, parentId, validFrom);
    }

    UnitAdmin.Contact toContact() {
        return new UnitAdmin.Contact(address, phone, email);
    }

    UnitAdmin.UnitEdit toEdit() {
        return new UnitAdmin.UnitEdit(name, shortName, place, address, phone, email);
    }
}
