package io.parley.testing;

import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import io.parley.model.Span;
import io.parley.model.Statement;
import io.parley.model.StatementKind;
import java.time.LocalDate;
import java.util.List;

/** Hand-built model values for tests of the layers below the extractor. */
public final class Facts {

    public static final Actor LAVROV = new Actor("Sergey Lavrov", "Foreign Minister", "Russia");
    public static final Actor ARAGHCHI = new Actor("Abbas Araghchi", "Foreign Minister", "Iran");
    public static final Actor WANG = new Actor("Wang Yi", "Foreign Minister", "China");

    private Facts() {
    }

    public static Article article(String id, LocalDate published, String text) {
        return new Article(new ArticleInfo(id, text.lines().findFirst().orElse(""), published, null, "Test Wire"), text);
    }

    public static Meeting meeting(Article article, String sentence, MeetingKind kind, LocalDate date, Actor... who) {
        return new Meeting(List.of(who), kind, MeetingStatus.HELD, "Moscow", date, null, List.of("nuclear programme"),
                span(article, sentence), "fixture");
    }

    public static Statement statement(Article article, String sentence, Actor speaker, String topic) {
        return new Statement(speaker, StatementKind.INDIRECT, "said", null, sentence, List.of(topic), span(article, sentence),
                "fixture");
    }

    public static Span span(Article article, String sentence) {
        int start = article.text().indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("not in the article: " + sentence);
        }
        return Span.of(article.text(), start, start + sentence.length());
    }
}
