package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.model.MeetingKind;
import io.parley.testing.Facts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression for issue 13: a profile labelled the EU's foreign policy chief with the country of the person she met. */
class ArticleActorsTest {

    private static final String SENTENCE =
            "EU foreign policy chief Maren Talvik met Ukrainian Foreign Minister Oleh Marchuk in Brussels on Monday.";
    private static final Article ARTICLE = Facts.article("a1", LocalDate.of(2026, 3, 3), "Talvik in Brussels\n\n" + SENTENCE);
    private static final Actor TALVIK = new Actor("Maren Talvik", "chief", "Ukraine");
    private static final Actor MARCHUK = new Actor("Oleh Marchuk", "Foreign Minister", "Ukraine");

    private static ArticleActors actors() {
        Extraction e = new Extraction(ARTICLE.info(),
                List.of(Facts.meeting(ARTICLE, SENTENCE, MeetingKind.IN_PERSON, null, TALVIK, MARCHUK)), List.of(), null, null);
        return ArticleActors.of(e, CountryEvidence.load());
    }

    @Test
    void aCountryTakenFromTheOtherPartyIsDropped() {
        assertNull(actors().evidenced(TALVIK).country());
        assertEquals("Maren Talvik", actors().evidenced(TALVIK).name());
    }

    @Test
    void theEuChiefNamedAfterTheOtherPartyIsNotGivenItsCountry() {
        String sentence = "Estonian Foreign Minister Kadri Tamm met the EU's foreign policy chief Lucia Moreno in Tallinn on Monday.";
        Article article = Facts.article("a2", LocalDate.of(2026, 9, 14), "Tamm in Tallinn\n\n" + sentence);
        Actor tamm = new Actor("Kadri Tamm", "Foreign Minister", "Estonia");
        Actor moreno = new Actor("Lucia Moreno", "foreign policy chief", "Estonia");
        ArticleActors actors = ArticleActors.of(new Extraction(article.info(),
                List.of(Facts.meeting(article, sentence, MeetingKind.IN_PERSON, null, tamm, moreno)), List.of(), null, null),
                CountryEvidence.load());

        assertNull(actors.evidenced(moreno).country());
        assertEquals(tamm, actors.evidenced(tamm));
    }

    @Test
    void aCountryTheSentenceGivesThePersonIsKept() {
        assertEquals(MARCHUK, actors().evidenced(MARCHUK));
    }

    @Test
    void theContextHoldsTheArticlesCountriesAndFullNames() {
        assertTrue(actors().context().countries().contains("ukraine"));
        assertTrue(actors().context().names().contains("oleh-marchuk"));
    }
}
