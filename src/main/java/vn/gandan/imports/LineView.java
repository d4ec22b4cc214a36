package vn.gandan.imports;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/** A list of lines or paragraphs by index, each made when asked for (nothing is kept). */
final class LineView extends AbstractList<String> implements RandomAccess {

    private final int size;
    private final IntFunction<String> make;

    LineView(int size, IntFunction<String> make) {
        this.size = size;
        this.make = make;
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return make.apply(i);
    }

    @Override
    public int size() {
        return size;
    }
}
