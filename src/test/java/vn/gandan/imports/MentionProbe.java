package vn.gandan.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Session 26 probe (not a test): the lead mention's issuers and title for every header-less tuning text, as TSV. */
public final class MentionProbe {
    public static void main(String[] args) throws Exception {
        Set<String> skip = new HashSet<>();
        for (String f : args) {
            skip.addAll(Files.readAllLines(Path.of(f)));
        }
        for (String part : CorpusScore.tuningParts()) {
            for (Path p : CorpusScore.texts(CorpusScore.CORPUS.resolve(part))) {
                String name = p.getFileName().toString().replace(".txt", "");
                if (skip.contains(name) || name.startsWith("s26")) {
                    continue;
                }
                Extractor.Source s = Extractor.source(Files.readString(p));
                HeaderBlock.Header h = s.h();
                boolean headerless = !(h.numbered() || h.dated() || !h.units().isEmpty());
                LeadMention.Mention m = LeadMention.find(s.d().paras);
                if (m == null) {
                    System.out.println(part + "\t" + name + "\t" + headerless + "\t-\t-\t-");
                    continue;
                }
                System.out.println(part + "\t" + name + "\t" + headerless + "\t" + String.join(" | ", LeadDefault.issuers(m, s.d())) + "\t" + (m.title() == null ? "" : m.title()) + "\t" + m.number() + "/" + m.symbol());
            }
        }
    }
}
