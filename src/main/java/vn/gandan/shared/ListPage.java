package vn.gandan.shared;

import java.util.List;

/**
 * One page of an API list: {@code page} counts from 1, {@code size} is at most the list's own cap (and is the cap when
 * left out, so a caller that never pages gets the answer it always got). A list asks the store for {@link #fetch()}
 * rows from {@link #offset()}: one more than the page holds, so {@link #hasMore} knows whether a next page exists
 * without counting the whole list. The controller names that next page in a {@code Link: <…>; rel="next"} header
 * (RFC 8288), so a list is never cut silently.
 */
public record ListPage(int page, int size) {

    /** The page asked for, or 400 with a message naming the bounds ({@code error.listPage}). */
    public static ListPage of(Integer page, Integer size, int cap) {
        int p = page == null ? 1 : page;
        int s = size == null ? cap : size;
        if (p < 1 || p > 1_000_000 || s < 1 || s > cap) {
            throw ProblemException.badRequest("error.listPage", cap);
        }
        return new ListPage(p, s);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public int fetch() {
        return size + 1;
    }

    /** Whether the rows fetched ({@link #fetch()} at most) go past this page. */
    public boolean hasMore(List<?> fetched) {
        return fetched.size() > size;
    }

    /** The rows of this page out of the rows fetched. */
    public <T> List<T> rows(List<T> fetched) {
        return hasMore(fetched) ? fetched.subList(0, size) : fetched;
    }

    /** The rows fetched made into this page's answer. */
    public <T> Slice<T> slice(List<T> fetched) {
        return new Slice<>(rows(fetched), hasMore(fetched));
    }

    /** A page's rows and whether a next page exists. */
    public record Slice<T>(List<T> rows, boolean more) {

        public <R> Slice<R> map(java.util.function.Function<List<T>, List<R>> views) {
            return new Slice<>(views.apply(rows), more);
        }
    }
}
