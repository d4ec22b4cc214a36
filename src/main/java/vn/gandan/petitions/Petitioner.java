package vn.gandan.petitions;

/** Who filed the item; for a denunciation these fields are secret (rules.md C6) and read "***" unless allowed. */
public record Petitioner(String name, String address, String phone, String idNumber) {

    static final String MASK = "***";

    public Petitioner masked() {
        return new Petitioner(mask(name), mask(address), mask(phone), mask(idNumber));
    }

    boolean blank() {
        return (name == null || name.isBlank()) && (idNumber == null || idNumber.isBlank());
    }

    private static String mask(String s) {
        return s == null || s.isBlank() ? s : MASK;
    }
}
