package vn.gandan.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.gandan.shared.Texts;

/** A person holding a position (chức vụ) in a unit for a period, e.g. "Hiệu trưởng" of a school. */
@Entity
@Table(name = "org_person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private String fullName;
    private String position;
    private String email;
    private String phone;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Column(name = "search_text")
    private String searchText;
    @Version
    private long version;

    protected Person() {
    }

    Person(Long unitId, String fullName, String position, String email, String phone, LocalDate validFrom) {
        this.unitId = unitId;
        this.fullName = Texts.clean(fullName);
        this.position = Texts.clean(position);
        this.email = Texts.clean(email);
        this.phone = Texts.clean(phone);
        this.validFrom = validFrom;
        this.searchText = Texts.fold(this.fullName + " " + this.position);
    }

    /** The person leaves the position after {@code lastDay}. */
    void leave(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    PersonView view() {
        return new PersonView(id, unitId, fullName, position, email, phone, validFrom, validTo);
    }

    Long unitId() {
        return unitId;
    }
}
