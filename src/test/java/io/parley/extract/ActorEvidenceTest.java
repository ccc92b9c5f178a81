package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's title and country come from the evidence about that person, not from words near it. */
class ActorEvidenceTest {

    private static Extraction extract(String headline, String body) {
        Article a = new Article(new ArticleInfo("t", headline, LocalDate.of(2026, 3, 4), null, null),
                headline + "\n\n" + body);
        return Texts.EXTRACTOR.extractOrThrow(a);
    }

    private static Actor participant(Extraction e, String name) {
        return e.meetings().stream().flatMap(m -> m.participants().stream())
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aHeadlineCommaBetweenTwoPartiesIsNoApposition() {
        Extraction e = extract("UN's Berg, Omani minister discuss Yemen truce",
                "MUSCAT, March 4 - United Nations special envoy Hans Berg met Omani Foreign Minister Badr Hamad "
                        + "in Muscat on Wednesday. Berg said the truce was holding.");
        assertNull(participant(e, "Hans Berg").country());
        assertEquals("Oman", participant(e, "Badr Hamad").country());
    }

    @Test
    void aHeadlineAppositionClosedByACommaStillGivesItsTitle() {
        Extraction e = extract("Soto, Chile's top diplomat, says trade pact is close",
                "Alberto Soto met Pieter van Rijn in Santiago on Wednesday. Soto said the pact was close.");
        assertEquals("Chile", participant(e, "Alberto Soto").country());
    }

    @Test
    void aCountryAfterTheNameByOfIsThePersonsCountry() {
        Extraction e = extract("Leaders meet",
                "President Kanat Esenov of Kazakhstan met Prime Minister Rustam Davlatov of Tajikistan in Astana "
                        + "on Tuesday.");
        assertEquals("Kazakhstan", participant(e, "Kanat Esenov").country());
        assertEquals("Tajikistan", participant(e, "Rustam Davlatov").country());
    }

    @Test
    void ofBeforeSomethingOtherThanACountryGivesNoCountry() {
        Extraction e = extract("Talks held",
                "Professor Lena Ortiz of Harvard met Minister Kanat Esenov in Astana on Tuesday.");
        assertNull(participant(e, "Lena Ortiz").country());
    }

    @Test
    void aTitleOnlyMentionGoesToThePersonOfItsCountry() {
        assertEquals("Kanat Esenov", resolved("President Kanat Esenov of Kazakhstan met Prime Minister Rustam "
                + "Davlatov of Tajikistan. Davlatov praised President Emomali Sadykov. The Kazakh president spoke.",
                3));
    }

    @Test
    void aPresidentialSpokesmanIsNotThePresident() {
        assertEquals("Luis Almeida", resolved("President Luis Almeida of Brazil arrived in Lima. Brazilian "
                + "presidential spokesman Otavio Barros said the talks went well. The Brazilian president left.", 3));
    }

    /** The entity of the first mention of a body sentence ({@code sentence} 1 is the body's first). */
    private static String resolved(String body, int sentence) {
        Doc doc = Texts.doc(Texts.HEADLINE + body);
        Entity e = new Coreference(Texts.LEX).resolve(doc).of(doc.mentions(sentence).get(0));
        return e == null ? null : e.name();
    }

    @Test
    void foreignPolicyChiefIsOneTitle() {
        Extraction e = extract("Talks in Doha",
                "European Union foreign policy chief Kaja Kallas met Qatari Prime Minister Mohammed Al Thani in "
                        + "Doha on Wednesday.");
        Actor kallas = participant(e, "Kaja Kallas");
        assertEquals("foreign policy chief", kallas.title());
        assertNull(kallas.country());
    }
}
