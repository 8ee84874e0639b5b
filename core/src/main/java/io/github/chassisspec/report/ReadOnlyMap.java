package io.github.chassisspec.report;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A read-only ordered map over a {@link SmallOrderedMap} that nothing else will change, optionally with entries
 * worked out when the map is first read. A result's builder hands its maps over on {@code build} instead of copying
 * them, and a check whose figures cost work of their own (forces, the adhesion needed) defers them, so that a caller
 * that reads only verdicts never pays for them. Safe to share between threads: the deferred entries are worked out
 * once, under the map's lock.
 */
final class ReadOnlyMap<K, V> extends AbstractMap<K, V> {

    /** All the entries; null until a deferred map is first read. Changes go through neither it nor its views. */
    private volatile SmallOrderedMap<K, V> entries;
    // The entries known at hand-over and what adds the rest, for a deferred map; both dropped once worked out.
    private SmallOrderedMap<K, V> known;
    private Consumer<? super Map<K, V>> rest;

    /** Wraps {@code entries}; the caller promises never to change them again. */
    ReadOnlyMap(SmallOrderedMap<K, V> entries) {
        this.entries = Objects.requireNonNull(entries, "entries");
    }

    /**
     * The entries of {@code known} (which the caller never changes again), then those that {@code rest} puts into the
     * map it is given, worked out on the first read.
     */
    ReadOnlyMap(SmallOrderedMap<K, V> known, Consumer<? super Map<K, V>> rest) {
        this.known = Objects.requireNonNull(known, "known");
        this.rest = Objects.requireNonNull(rest, "rest");
    }

    /** {@code map} itself when it is already one of these, else an ordered read-only copy. */
    static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        if (map instanceof ReadOnlyMap<K, V> readOnly) {
            return readOnly;
        }
        SmallOrderedMap<K, V> copy = new SmallOrderedMap<>();
        copy.putAll(map);
        return new ReadOnlyMap<>(copy);
    }

    private SmallOrderedMap<K, V> entries() {
        SmallOrderedMap<K, V> all = entries;
        return all != null ? all : workOut();
    }

    private synchronized SmallOrderedMap<K, V> workOut() {
        if (entries == null) {
            // The writer gets a map of its own, copied after it returns: one it kept could not change these entries.
            SmallOrderedMap<K, V> added = new SmallOrderedMap<>();
            rest.accept(added);
            SmallOrderedMap<K, V> all = new SmallOrderedMap<>(known);
            all.putAll(added);
            entries = all;
            known = null;
            rest = null;
        }
        return entries;
    }

    @Override
    public int size() {
        return entries().size();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries().containsKey(key);
    }

    @Override
    public V get(Object key) {
        return entries().get(key);
    }

    // A SmallOrderedMap's entry set can be read, not changed: its iterator cannot remove, its entries cannot be set.
    @Override
    public Set<Entry<K, V>> entrySet() {
        return entries().entrySet();
    }

    // Every change fails, as in Collections.unmodifiableMap, also where AbstractMap's default would find nothing to do.
    @Override
    public V put(K key, V value) {
        throw readOnly();
    }

    @Override
    public V remove(Object key) {
        throw readOnly();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> other) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw readOnly();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        throw readOnly();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw readOnly();
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        throw readOnly();
    }

    @Override
    public V replace(K key, V value) {
        throw readOnly();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mapping) {
        throw readOnly();
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        throw readOnly();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        throw readOnly();
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a result's map cannot be changed");
    }
}
