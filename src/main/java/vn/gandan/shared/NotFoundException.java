package vn.gandan.shared;

/** The object does not exist or lies outside the caller's scope: both answer 404, never revealing which. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id);
    }
}
