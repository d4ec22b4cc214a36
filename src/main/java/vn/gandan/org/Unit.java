package vn.gandan.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.gandan.shared.Texts;

/** An organisation unit; its place in the tree lives in {@link UnitLink}s so that moves keep history. */
@Entity
@Table(name = "org_unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String shortName;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    @Enumerated(EnumType.STRING)
    private SchoolLevel schoolLevel;
    private String place;
    private String address;
    private String phone;
    private String email;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String governingBody;
    @Column(name = "search_text")
    private String searchText;
    @Version
    private long version;

    protected Unit() {
    }

    Unit(String code, String name, String shortName, UnitKind kind, SchoolLevel schoolLevel, String place,
         LocalDate validFrom) {
        this.code = Texts.clean(code);
        this.kind = kind;
        this.schoolLevel = schoolLevel;
        this.validFrom = validFrom;
        rename(name, shortName, place);
    }

    void rename(String name, String shortName, String place) {
        this.name = Texts.clean(name);
        this.shortName = Texts.clean(shortName);
        this.place = Texts.clean(place);
        this.searchText = Texts.fold(this.name + " " + this.code + " " + (this.shortName == null ? "" : this.shortName));
    }

    void contact(String address, String phone, String email) {
        this.address = blankToNull(address);
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
    }

    private static String blankToNull(String s) {
        String clean = Texts.clean(s);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    /** The unit ends on {@code lastDay} (inclusive), e.g. Phòng GDĐT dissolved on 2025-06-30. */
    void dissolve(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    void governingBody(String governingBody) {
        this.governingBody = blankToNull(governingBody);
    }

    UnitView view(Long parentId) {
        return new UnitView(id, code, name, shortName, kind, schoolLevel, parentId, place, validFrom, validTo, governingBody);
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    String shortName() {
        return shortName;
    }

    String place() {
        return place;
    }

    SchoolLevel schoolLevel() {
        return schoolLevel;
    }

    LocalDate validTo() {
        return validTo;
    }

    UnitKind kind() {
        return kind;
    }

    String address() {
        return address;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }
}
