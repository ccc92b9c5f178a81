package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement and quote constructions of real copy, each on an article of our own. */
class StatementConstructionsTest {

    private static List<Statement> statements(String text) {
        return Texts.EXTRACTOR.extractOrThrow(new Article(new ArticleInfo("t", null, LocalDate.of(2025, 11, 19),
                null, null), text)).statements();
    }

    private static List<String> speakers(List<Statement> s) {
        return s.stream().map(x -> x.speaker().name()).toList();
    }

    @Test
    void aHeadlineCueWithoutAQuoteIsNoStatement() {
        List<Statement> s = statements("Minister Olga Brandt refutes claims on tariff plan\n\n"
                + "BERN, Nov 18 - Minister Olga Brandt said on Tuesday that the plan would hurt farmers.\n");
        assertEquals(1, s.size());
        assertTrue(s.get(0).evidence().text().startsWith("BERN"));
    }

    @Test
    void aHeadlineOpenedByItsSpeakerWithAPlainReportingVerbIsAStatement() {
        List<Statement> s = statements("Olga Brandt says tariff plan would hurt farmers\n\n"
                + "BERN, Nov 18 - Swiss Economy Minister Olga Brandt met farmers in Bern on Tuesday.\n");
        assertEquals(List.of("Olga Brandt"), speakers(s));
        assertTrue(s.get(0).evidence().text().startsWith("Olga Brandt says"));
    }

    @Test
    void aHeadlineWhoseSpeakerFollowsACommaNeedsAQuote() {
        List<Statement> s = statements("Talks on tariffs stall, as Olga Brandt calls for a pause\n\n"
                + "BERN, Nov 18 - Swiss Economy Minister Olga Brandt met farmers in Bern on Tuesday.\n");
        assertEquals(List.of(), speakers(s));
    }

    @Test
    void aStatementFrameCreditsTheBodyThatIssuedItBesideThePersonWhoSpeaks() {
        List<Statement> s = statements("Accra talks\n\n"
                + "President Kofi Mensah met union leaders in Accra on Monday.\n"
                + "In a statement from Mensah’s office the Ghanaian president said he wanted more talks.\n"
                + "In a statement, Mensah said the talks would start soon.\n");
        assertEquals(List.of("Mensah’s office", "Kofi Mensah", "Kofi Mensah"), speakers(s));
        assertEquals("document-frame", s.get(0).rule());
    }

    @Test
    void accordingToAnObjectPronounIsTheLastSpeakerOfItsGender() {
        List<Statement> s = statements("Lima talks\n\n"
                + "Peruvian Foreign Minister Rosa Quispe said the border talks were useful. "
                + "According to her, both sides want a deal by March. "
                + "According to him, the deal is near.\n");
        assertEquals(List.of("Rosa Quispe", "Rosa Quispe"), speakers(s));
        assertEquals("according-to-pronoun", s.get(1).rule());
    }

    @Test
    void aQuotedHeadlineStaysAStatement() {
        List<Statement> s = statements("Brandt tells farmers: ‘We will not sign this plan’\n\n"
                + "BERN, Nov 18 - Minister Olga Brandt met farmers in Bern on Tuesday.\n");
        assertEquals(List.of("We will not sign this plan"), s.stream().map(Statement::quote).toList());
    }

    @Test
    void quotedParagraphsUnderASpeakerHeadingBelongToThePersonItNames() {
        List<Statement> s = statements("Reactions from the ministers' meeting\n\n"
                + "OSLO, June 3 - Ministers met in Oslo on Tuesday. Following are their comments:\n"
                + "NORWEGIAN FOREIGN MINISTER INGRID HALVORSEN\n"
                + "ON THE FISHERIES DEAL:\n"
                + "\"We are close. The last points are technical.\n"
                + "\"Nobody should expect a deal tonight.\"\n"
                + "DANISH PRIME MINISTER PETER LUND\n"
                + "\"I am more hopeful than last week.\"\n"
                + "The meeting ends on Wednesday.\n"
                + "\"Time is short.\"\n");
        assertEquals(List.of("Ingrid Halvorsen", "Ingrid Halvorsen", "Ingrid Halvorsen", "Peter Lund"),
                speakers(s));
        assertEquals(List.of("We are close.", "The last points are technical.", "Nobody should expect a deal tonight.",
                "I am more hopeful than last week."), s.stream().map(Statement::quote).toList());
        assertEquals("heading-speaker", s.get(0).rule());
    }

    @Test
    void aSpeakerHeadingMayGiveTheTitleAfterACommaAndEndInAColon() {
        List<Statement> s = statements("What the ministers said\n\n"
                + "RIGA, May 5 - Baltic ministers met in Riga on Monday. Their comments:\n"
                + "MARTA OZOLA DE SOUSA, LATVIAN FOREIGN MINISTER:\n"
                + "\"We want a common line on energy.\"\n"
                + "TOOMAS KASK, ESTONIAN PRIME MINISTER\n"
                + "\"Talks will go on.\"\n");
        assertEquals(List.of("Marta Ozola de Sousa", "Toomas Kask"), speakers(s));
        assertEquals(List.of("We want a common line on energy.", "Talks will go on."),
                s.stream().map(Statement::quote).toList());
    }

    @Test
    void aTitleOpeningTheSentenceNamesTheSubjectBeforeNotThePersonNamedLast() {
        List<Statement> s = Texts.extract("Foreign Minister Lena Berg arrived in Rome on Monday. "
                + "Berg thanked former Prime Minister Marco Ricci for his help. "
                + "The minister said the visit would deepen trade.").statements();
        Statement last = s.get(s.size() - 1);
        assertTrue(last.evidence().text().startsWith("The minister said"));
        assertEquals("Lena Berg", last.speaker().name());
    }

    @Test
    void aChairpersonTitleResolvesToTheNamedChairperson() {
        List<Statement> s = Texts.extract("Commission Chairperson Amina Diallo opened the summit on Sunday. "
                + "Delegates from 40 countries attended. "
                + "The Chairperson said the continent needed \"more trade and fewer borders.\"").statements();
        Statement last = s.get(s.size() - 1);
        assertEquals("Amina Diallo", last.speaker().name());
        assertEquals("more trade and fewer borders.", last.quote());
    }

    @Test
    void theTwoLeadersAfterAnAccordingToSourceEachGetTheQuote() {
        List<Statement> s = Texts.extract("President Ana Ruiz met Prime Minister Tomas Vidal in Lima on Monday. "
                + "According to the readout from Ruiz’s office, the two leaders ‘welcomed the progress on the border "
                + "accord’.").statements();
        List<Statement> quoted = s.stream().filter(x -> x.quote() != null).toList();
        assertEquals(List.of("Ana Ruiz", "Ruiz’s office", "Tomas Vidal"), speakers(quoted).stream().sorted().toList());
        quoted.forEach(x -> assertEquals("welcomed the progress on the border accord", x.quote()));
    }

    @Test
    void theyAfterAGroupThatSpokeIsThatGroup() {
        List<Statement> s = Texts.extract("President Ana Ruiz met Prime Minister Tomas Vidal in Lima on Monday. "
                + "The two leaders said the talks were useful. They also said they ‘valued the frank dialogue’.")
                .statements();
        List<Statement> last = s.stream().filter(x -> x.evidence().text().startsWith("They")).toList();
        assertEquals(List.of("Ana Ruiz", "Tomas Vidal"), speakers(last).stream().sorted().toList());
        last.forEach(x -> assertEquals("valued the frank dialogue", x.quote()));
        assertEquals("they-group", last.get(0).rule());
    }

    @Test
    void callingSomeoneIsATelephoneCallNotSpeech() {
        List<Statement> s = Texts.extract("Prime Minister Karl Weber called President Ana Ruiz late Wednesday. "
                + "Weber has also called the leaders of Chile and Peru. "
                + "Weber called the tariff plan a mistake.").statements();
        assertEquals(1, s.size());
        assertTrue(s.get(0).evidence().text().contains("a mistake"));
    }

    @Test
    void anOutletThatLearntFromAPressServiceCreditsThePressServiceNotItself() {
        List<Statement> s = statements("Call on grain\n\n"
                + "ASTANA. NORDPRESS - President Aidar Bekov held a phone call with President Lena Voss of Austria, "
                + "Nordpress has learnt from the presidential press service.\n");
        assertEquals(List.of("Presidential Press Service"), speakers(s));
        assertEquals("body-reference", s.get(0).rule());
    }

    @Test
    void aPressServiceNamedAfterLearnedFromMayBeCapitalised() {
        List<Statement> s = statements("Call on grain\n\n"
                + "The two presidents agreed to meet in May, the agency learned from the Kremlin.\n");
        assertEquals(List.of("Kremlin"), speakers(s));
    }

    @Test
    void aCueWhoseObjectIsNothingReportsNoSpeech() {
        List<Statement> s = statements("Quiet on the call\n\n"
                + "President Aidar Bekov spoke to President Lena Voss on Monday.\n"
                + "The presidential press service said nothing about the call.\n");
        assertEquals(List.of(), speakers(s));
    }

    @Test
    void documentsIssuedByTwoOfficesNamedInThePluralCreditEachOffice() {
        List<Statement> s = statements("Talks in Vienna\n\n"
                + "Chancellor Lena Voss and President Aidar Bekov met in Vienna on Monday.\n"
                + "According to joint statements released by Voss and Bekov’s offices, the talks were frank.\n");
        assertEquals(List.of("Lena Voss’s office", "Aidar Bekov’s office"), speakers(s));
        assertEquals("offices-of-owners", s.get(0).rule());
    }

    @Test
    void aSingleOwnerOfPluralOfficesIsLeftToTheOtherRules() {
        List<Statement> s = statements("Talks in Vienna\n\n"
                + "Chancellor Lena Voss met farmers in Vienna on Monday.\n"
                + "According to statements released by Voss’s offices, the talks were frank.\n");
        assertTrue(s.stream().noneMatch(x -> "offices-of-owners".equals(x.rule())));
    }

    @Test
    void aPressServiceThatReportsInASentenceOfItsOwnSpeaksForTheSentenceBeforeAndItsStatement() {
        List<Statement> s = statements("Leaders talk by phone\n\n"
                + "A telephone conversation took place today between Aidar Bekov and Lena Voss. "
                + "The press service of the President of Uzbekistan reports.\n"
                + "«The sides agreed to meet in Tashkent in June. They will also discuss trade,» the statement says.\n");
        assertEquals(List.of("Press Service", "Press Service", "Press Service", "Press Service"), speakers(s));
        assertEquals(List.of("before-trailing-cue", "body-reference", "document-of-body", "document-of-body"),
                s.stream().map(Statement::rule).toList());
        assertEquals("They will also discuss trade", s.get(3).quote());
    }

    @Test
    void reportsAfterAnOutletOrAPersonNamesNoSpeaker() {
        List<Statement> s = statements("Leaders meet in Bishkek\n\n"
                + "President Aidar Bekov met Chancellor Lena Voss in Bishkek on Tuesday, Kabar.kg reports.\n"
                + "Reporter Ana Ruiz reports from the capital.\n");
        assertEquals(List.of(), speakers(s));
    }

    @Test
    void theTwoLeadersWhoPrayedForPeaceAreTheTwoPeopleOfTheCallBefore() {
        List<Statement> s = statements("Eid calls\n\n"
                + "President Aidar Bekov held a telephone conversation with Emir Khalid Al-Nasser on Sunday. "
                + "The two leaders prayed for peace in the region.\n");
        assertEquals(List.of("Khalid Al-Nasser", "Aidar Bekov"), speakers(s));
        assertEquals("group-subject", s.get(0).rule());
    }

    @Test
    void greetingsExtendedOrConveyedAreSpeechAndTheirSenderSpeaksToo() {
        List<Statement> s = statements("Eid greetings\n\n"
                + "Prime Minister Omar Haddad extended cordial Eid greetings to the people of Jordan. "
                + "Foreign Minister Lina Saleh conveyed warm greetings from President Karim Aziz to the emir.\n");
        assertEquals(List.of("Omar Haddad", "Lina Saleh", "Karim Aziz"), speakers(s));
        assertEquals("greetings-from", s.get(2).rule());
    }

    @Test
    void aGreetingVerbWithAnotherObjectIsNoSpeech() {
        List<Statement> s = statements("Invitation to Amman\n\n"
                + "Prime Minister Omar Haddad extended an invitation to President Karim Aziz on Monday. "
                + "Minister Lina Saleh sent troops and supplies from Amman to the border.\n");
        assertEquals(List.of(), speakers(s));
    }

    @Test
    void withBothAfterTwoNamedPeopleGivesEachOfThemTheCue() {
        List<Statement> s = statements("Call on trade\n\n"
                + "Prime Minister Omar Haddad held a phone call with his Malaysian counterpart Aziz Rahman, "
                + "with both reaffirming their commitment to trade.\n"
                + "Omar Haddad met Aziz Rahman and Lina Saleh, with both stressing the need for calm.\n");
        assertEquals(List.of("Omar Haddad", "Aziz Rahman"), speakers(s));
        assertEquals("with-both", s.get(0).rule());
    }

    @Test
    void theGroupAfterAJointStatementFrameSpeaksWhateverItsVerb() {
        List<Statement> s = statements("Mediators act\n\n"
                + "The leaders of Norway, Kenya and Chile on Friday called for a truce in the region. "
                + "In a joint statement, the three mediators invited both sides to talks “without further delay.”\n");
        assertEquals(List.of("Norway", "Kenya", "Chile", "Norway", "Kenya", "Chile"), speakers(s));
        assertEquals("frame-group", s.get(3).rule());
        assertEquals("without further delay.", s.get(3).quote());
    }

    @Test
    void aJointStatementFrameWithoutACountedGroupCreditsNoGroup() {
        List<Statement> s = statements("Mediators act\n\n"
                + "President Ana Ruiz met President Lena Voss in Lima on Friday. "
                + "In a joint statement, officials invited both sides to talks.\n");
        assertTrue(s.stream().noneMatch(x -> "frame-group".equals(x.rule())));
    }

    @Test
    void aLetterSignedByTwoPartiesSpeaksForEachSignatory() {
        List<Statement> s = statements("Letter to the parties\n\n"
                + "Kenyan President Daniel Mwangi spoke to reporters in Nairobi on Friday. "
                + "The letter signed by Norway’s king and the presidents of Kenya and Chile said a deal was “close.”\n");
        assertEquals(List.of("Norway", "Daniel Mwangi", "Chile"), speakers(s).subList(0, 3));
        assertEquals("document-signatories", s.get(0).rule());
    }

    @Test
    void aDocumentSignedByOnePartyIsLeftToTheOtherRules() {
        List<Statement> s = statements("Old treaty\n\n"
                + "The treaty signed by President Daniel Mwangi in 2009 said the border was final.\n");
        assertTrue(s.stream().noneMatch(x -> "document-signatories".equals(x.rule())));
    }

    @Test
    void theStatementReadCreditsTheIssuersAndTheGroupItReportsWithoutTheQuote() {
        List<Statement> s = statements("Talks in Baku\n\n"
                + "Chancellor Lena Voss and President Aidar Bekov met in Baku on Monday.\n"
                + "According to statements issued by Voss and Bekov’s offices, the talks were frank.\n"
                + "‘Both leaders welcomed the progress made on the border’, the statement read.\n");
        List<Statement> last = s.stream().filter(x -> x.evidence().text().startsWith("‘Both")).toList();
        assertEquals(List.of("Aidar Bekov", "Lena Voss", "Lena Voss’s office", "Aidar Bekov’s office"), speakers(last));
        assertEquals(List.of("group-inside-quote", "group-inside-quote", "document-of-group", "document-of-group"),
                last.stream().map(Statement::rule).toList());
        assertEquals(null, last.get(0).quote());
        assertEquals("Both leaders welcomed the progress made on the border", last.get(2).quote());
    }

    @Test
    void readIsNoCueAfterAPerson() {
        List<Statement> s = statements("Report on the border\n\n"
                + "Chancellor Lena Voss read the report on the border to parliament on Monday.\n");
        assertEquals(List.of(), speakers(s));
    }

    @Test
    void aTimePhraseOrADuringPhraseBetweenSubjectAndCueKeepsTheSubject() {
        List<Statement> s = statements("Call on trade\n\n"
                + "President Ana Ruiz later in the day stressed that trade must grow. "
                + "Chancellor Lena Voss during the call expressed support for the deal. "
                + "Officials during the call said the deal was close.\n");
        assertEquals(List.of("Ana Ruiz", "Lena Voss"), speakers(s));
    }

    @Test
    void anUnresolvedPronounAfterOneNamedPersonIsThatPersonButNotAfterTwo() {
        List<Statement> s = statements("Council briefing\n\n"
                + "Deputy Envoy for Political Affairs and Peace Operations Daniel Mwangi of Kenya briefed the Council.\n"
                + "Coming out of the meeting, he said there was a call for “dialogue and calm.”\n"
                + "Daniel Mwangi and Omar Haddad left the building together.\n"
                + "Later, he said the talks would go on.\n");
        assertTrue(s.stream().allMatch(x -> x.speaker().name().endsWith("Daniel Mwangi")), speakers(s).toString());
        assertEquals(1, s.stream().filter(x -> "pronoun-last-person".equals(x.rule())).count());
    }
}
