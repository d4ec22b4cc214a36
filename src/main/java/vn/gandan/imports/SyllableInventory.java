package vn.gandan.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How often general Vietnamese writes each lower-case syllable and each pair of neighbouring syllables, counted over the
 * tuning corpus and the seeds (resource {@code imports/syllables.tsv}, built by {@code src/test/scripts/build_syllables.py}),
 * with the syllables that share the same base letters once their marks are folded ("dẫn", "dân", "dần" under "dan").
 */
record SyllableInventory(Map<String, Integer> syllables, Map<String, Integer> pairs, Map<String, Set<String>> bySkeleton) {

    private static final String PATH = "imports/syllables.tsv";
    private static volatile SyllableInventory shared;

    static SyllableInventory get() {
        SyllableInventory s = shared;
        if (s == null) {
            s = load();
            shared = s;
        }
        return s;
    }

    int count(String syllable) {
        return syllables.getOrDefault(syllable, 0);
    }

    int pair(String first, String second) {
        return first == null || second == null ? 0 : pairs.getOrDefault(first + " " + second, 0);
    }

    /** The known syllables written with the same base letters as this one, itself left out. */
    Set<String> variants(String syllable) {
        Set<String> all = new LinkedHashSet<>(bySkeleton.getOrDefault(skeleton(syllable), Set.of()));
        all.remove(syllable);
        return all;
    }

    /** The base letters: every combining mark folded away ("đ" stays a letter of its own). */
    static String skeleton(String syllable) {
        return Normalizer.normalize(syllable, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static SyllableInventory load() {
        Map<String, Integer> syl = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        Map<String, Set<String>> sk = new HashMap<>();
        try (InputStream in = SyllableInventory.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                return new SyllableInventory(Map.of(), Map.of(), Map.of());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length != 3) {
                    continue;
                }
                int n = Integer.parseInt(f[2]);
                if (f[0].equals("1")) {
                    syl.put(f[1], n);
                    sk.computeIfAbsent(skeleton(f[1]), k -> new LinkedHashSet<>()).add(f[1]);
                } else {
                    pairs.put(f[1], n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyllableInventory(syl, pairs, sk);
    }
}
