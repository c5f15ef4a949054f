package quotestance.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator whose elements are computed one at a time, when asked for: {@link #advance} gives null at the end. */
abstract class LazyIterator<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /** The next element, or null when there is none (it is not asked again). */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T t = next;
        next = null;
        return t;
    }
}
