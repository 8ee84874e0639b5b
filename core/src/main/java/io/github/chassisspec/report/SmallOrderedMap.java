package io.github.chassisspec.report;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An insertion-ordered map in one array of keys and values side by side, looked up by scanning: a result's assumptions
 * and details are a handful of entries each, which a scan finds sooner than a hash table is built. Entries are added or
 * replaced, never removed.
 */
final class SmallOrderedMap<K, V> extends AbstractMap<K, V> {

    private static final Object[] NO_ENTRIES = {};

    // Key at 2·i, value at 2·i + 1; allocated on the first entry, since a result's builder makes two maps each time.
    private Object[] entries = NO_ENTRIES;
    private int size;

    SmallOrderedMap() {
    }

    /** A copy of {@code entries} in their order, sized to them. */
    SmallOrderedMap(SmallOrderedMap<K, V> other) {
        entries = other.size == 0 ? NO_ENTRIES : Arrays.copyOf(other.entries, 2 * other.size);
        size = other.size;
    }

    private int indexOf(Object key) {
        int hash = Objects.hashCode(key);
        for (int index = 0; index < size; index++) {
            Object candidate = entries[2 * index];
            // Keys are mostly string constants, which keep their hash: a key that differs costs one int compare.
            if (candidate == key || candidate != null && candidate.hashCode() == hash && candidate.equals(key)) {
                return index;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : (V) entries[2 * index + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        int index = indexOf(key);
        if (index >= 0) {
            V previous = (V) entries[2 * index + 1];
            entries[2 * index + 1] = value;
            return previous;
        }
        if (2 * size == entries.length) {
            entries = Arrays.copyOf(entries, Math.max(16, 4 * size));
        }
        entries[2 * size] = key;
        entries[2 * size + 1] = value;
        size++;
        return null;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<K, V> entry = new SimpleImmutableEntry<>((K) entries[2 * next],
                                (V) entries[2 * next + 1]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
