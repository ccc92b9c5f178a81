package io.parley.extract;

import io.parley.eval.Evaluation;
import io.parley.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A development entry point, not a test: prints each sentence with its mentions, entities and cues. */
public final class DebugDump {

    private DebugDump() {
    }

    public static void main(String[] args) {
        Lexicons lex = Lexicons.load();
        Article a = Evaluation.readArticle(Path.of(args[0]), args[1]);
        String text = a.text();
        List<Paragraph> ps = Paragraphs.split(text);
        List<Sentence> ss = SentenceSplitter.split(text, ps);
        ActorFinder af = new ActorFinder(lex);
        List<List<Token>> toks = new ArrayList<>();
        List<List<Mention>> ms = new ArrayList<>();
        for (Sentence s : ss) {
            toks.add(Tokenizer.tokenize(text, s.start(), s.end()));
            ms.add(af.find(text, s, toks.get(toks.size() - 1)));
        }
        List<Quote> quotes = QuoteScanner.scan(text, ps);
        Doc doc = new Doc(text, ps, ss, toks, ms, quotes);
        Coreference.Result coref = new Coreference(lex).resolve(doc);
        CueFinder cf = new CueFinder(lex);
        SpeakerSieves sv = new SpeakerSieves(lex);
        for (Sentence s : ss) {
            System.out.println("#" + s.index() + " " + doc.sentenceText(s.index()));
            for (Mention m : doc.mentions(s.index())) {
                Entity e = coref.of(m);
                System.out.println("   M " + m.kind() + " [" + text.substring(m.start(), m.end()) + "] name=" + m.name()
                        + " title=" + m.title() + " c=" + m.country() + " -> " + (e == null ? "-" : e.name()));
            }
            List<Cue> cues = cf.find(doc, s.index(), quotes);
            for (Attribution at : sv.attribute(doc, coref, cues, quotes, new SpeakerSieves.Recent(coref))) {
                System.out.println("   A " + at.cue().text() + " -> " + coref.entities().get(at.entity()).name() + " (" + at.rule() + ")");
            }
            for (EventMention f : new MeetingFinder(lex, MeetingWords.load()).find(doc, coref, s.index(), quotes)) {
                System.out.println("   MEET " + f);
            }
            for (Cue c : cues) {
                System.out.println("   C " + c.text());
            }
        }
        for (Quote q : quotes) {
            System.out.println("Q " + q + " " + text.substring(q.start(), q.end()));
        }
    }
}
