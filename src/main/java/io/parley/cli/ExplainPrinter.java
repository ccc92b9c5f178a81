package io.parley.cli;

import io.parley.extract.Explanation;
import io.parley.extract.Explanation.EntityTrace;
import io.parley.extract.Explanation.MentionTrace;
import io.parley.extract.Explanation.SentenceTrace;
import java.util.List;
import java.util.stream.Collectors;

/** ExplainPrinter renders an {@link Explanation} as text: the entities, then each sentence with what it gave. */
final class ExplainPrinter {

    private ExplainPrinter() {
    }

    static String render(Explanation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%d sentences, %d meetings, %d statements, %d entities\n", e.sentences().size(),
                e.extraction().meetings().size(), e.extraction().statements().size(), e.entities().size()));
        sb.append("entities:\n");
        e.entities().forEach(en -> sb.append("  ").append(entity(en)).append('\n'));
        for (SentenceTrace s : e.sentences()) {
            sentence(sb, s);
        }
        return sb.toString();
    }

    private static String entity(EntityTrace e) {
        return "#" + e.id() + " " + e.kind() + " " + e.name() + details(e.title(), e.country());
    }

    private static void sentence(StringBuilder sb, SentenceTrace s) {
        sb.append('\n').append('[').append(s.index()).append("] ").append(s.start()).append('-').append(s.end())
                .append(' ').append(s.text().replace('\n', ' ')).append('\n');
        line(sb, "mentions", s.mentions().stream().map(ExplainPrinter::mention).toList());
        line(sb, "cues", s.cues());
        line(sb, "quotes", s.quotes());
        s.facts().forEach(f -> sb.append("  => ").append(f).append('\n'));
        s.notes().forEach(n -> sb.append("  !! ").append(n).append('\n'));
    }

    private static String mention(MentionTrace m) {
        String target = m.entity() < 0 ? " (unresolved)" : " -> #" + m.entity();
        return "\"" + m.text() + "\" " + m.kind() + target;
    }

    private static String details(String title, String country) {
        String d = java.util.stream.Stream.of(title, country).filter(x -> x != null && !x.isBlank())
                .collect(Collectors.joining(", "));
        return d.isEmpty() ? "" : " (" + d + ")";
    }

    private static void line(StringBuilder sb, String label, List<String> items) {
        if (!items.isEmpty()) {
            sb.append("  ").append(label).append(": ").append(String.join("; ", items)).append('\n');
        }
    }
}
