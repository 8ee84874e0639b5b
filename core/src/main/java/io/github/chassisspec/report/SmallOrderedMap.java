package io.github.chassisspec.report;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An insertion-ordered map in two arrays, looked up by scanning: a result's assumptions and details are a handful of
 * entries each, which a scan finds sooner than a hash table is built. Entries are added or replaced, never removed.
 */
final class SmallOrderedMap<K, V> extends AbstractMap<K, V> {

    private Object[] keys;
    // Compared before the keys: a name's hash is kept in its String, so most keys that differ cost one int each.
    private int[] hashes;
    private Object[] values;
    private int size;

    SmallOrderedMap() {
        keys = new Object[8];
        hashes = new int[8];
        values = new Object[8];
    }

    /** A copy of {@code entries} in their order, sized to them. */
    SmallOrderedMap(SmallOrderedMap<K, V> entries) {
        keys = Arrays.copyOf(entries.keys, Math.max(8, entries.size));
        hashes = Arrays.copyOf(entries.hashes, keys.length);
        values = Arrays.copyOf(entries.values, keys.length);
        size = entries.size;
    }

    private int indexOf(Object key, int hash) {
        for (int index = 0; index < size; index++) {
            if (hashes[index] == hash && Objects.equals(keys[index], key)) {
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
        return indexOf(key, Objects.hashCode(key)) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int index = indexOf(key, Objects.hashCode(key));
        return index < 0 ? null : (V) values[index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        int hash = Objects.hashCode(key);
        int index = indexOf(key, hash);
        if (index >= 0) {
            V previous = (V) values[index];
            values[index] = value;
            return previous;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        hashes[size] = hash;
        values[size] = value;
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
                        Entry<K, V> entry = new SimpleImmutableEntry<>((K) keys[next], (V) values[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
