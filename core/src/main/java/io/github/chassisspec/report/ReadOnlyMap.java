package io.github.chassisspec.report;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable view of an ordered map that nothing else will change: a result's builder hands its maps over on
 * {@code build} instead of copying them, which was a sixth of a verdict-only evaluation.
 */
final class ReadOnlyMap<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> view;

    /** Wraps {@code entries}; the caller promises never to change them again. */
    ReadOnlyMap(Map<K, V> entries) {
        view = Collections.unmodifiableMap(entries);
    }

    /** {@code map} itself when it is already one of these, else an ordered read-only copy. */
    static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return map instanceof ReadOnlyMap<K, V> readOnly ? readOnly : new ReadOnlyMap<>(new LinkedHashMap<>(map));
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public V get(Object key) {
        return view.get(key);
    }

    @Override
    public Set<K> keySet() {
        return view.keySet();
    }

    @Override
    public Collection<V> values() {
        return view.values();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return view.entrySet();
    }
}
