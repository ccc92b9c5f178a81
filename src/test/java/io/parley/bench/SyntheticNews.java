package io.parley.bench;

import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import io.parley.model.Span;
import io.parley.model.Statement;
import io.parley.model.StatementKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Invented diplomatic news with their extractions built by hand, for filling a store quickly: every article is
 * generated from a fixed seed, so two runs store exactly the same facts. Speakers are invented (given names
 * times surnames), countries, demonyms and cities are checked against the extractor's lexicons, topics come
 * from {@code lexicon/topics.txt}, and each statement's evidence is the sentence it was written as, a real
 * substring of the article text (quotes too).
 */
final class SyntheticNews {

    private static final String[] GIVEN = {"Amara", "Bogdan", "Chiara", "Darius", "Elena", "Farid", "Goran", "Hana",
            "Ilya", "Jana", "Kofi", "Leila", "Mateus", "Nadia", "Omar", "Petra", "Rashid", "Selin", "Tomas", "Ulla",
            "Viktor", "Yasmin", "Zoran", "Anouk", "Bilal", "Carmen"};
    private static final String[] SURNAMES = {"Abiodun", "Bergstrom", "Castellano", "Dragomir", "Esposito",
            "Fernhout", "Galanis", "Haddadi", "Ivanenko", "Jovanovic", "Kastrati", "Lindqvist", "Moravec",
            "Nakashima", "Okonkwo", "Petrakis", "Quintero", "Rahimov", "Szabo", "Takacs", "Umarov", "Vargaso",
            "Wojcik", "Yilmazer", "Zelenko"};
    private static final String[] TITLES = {"Foreign Minister", "Deputy Foreign Minister", "Trade Minister",
            "Energy Minister", "Defence Minister", "Prime Minister", "President", "Ambassador"};
    /** Country, demonym, cities (the first one the capital). */
    private static final String[][] COUNTRIES = {
            {"Russia", "Russian", "Moscow", "Sochi", "Kazan"}, {"Iran", "Iranian", "Tehran"},
            {"China", "Chinese", "Beijing", "Shanghai"}, {"Turkey", "Turkish", "Ankara", "Istanbul", "Antalya"},
            {"France", "French", "Paris"}, {"Germany", "German", "Berlin", "Munich"}, {"Egypt", "Egyptian", "Cairo"},
            {"India", "Indian", "New Delhi", "Mumbai"}, {"Japan", "Japanese", "Tokyo", "Osaka"},
            {"Brazil", "Brazilian", "Brasilia", "Sao Paulo"}, {"Qatar", "Qatari", "Doha"},
            {"Saudi Arabia", "Saudi", "Riyadh", "Jeddah"}, {"Indonesia", "Indonesian", "Jakarta", "Bali"},
            {"Italy", "Italian", "Rome"}, {"Spain", "Spanish", "Madrid"}, {"Poland", "Polish", "Warsaw"},
            {"Ukraine", "Ukrainian", "Kyiv"}, {"Israel", "Israeli", "Jerusalem", "Tel Aviv"},
            {"Jordan", "Jordanian", "Amman"}, {"Kenya", "Kenyan", "Nairobi"}, {"Nigeria", "Nigerian", "Abuja"},
            {"Mexico", "Mexican", "Mexico City"}, {"Canada", "Canadian", "Ottawa"},
            {"Australia", "Australian", "Canberra", "Sydney"}, {"Pakistan", "Pakistani", "Islamabad", "Karachi"},
            {"Vietnam", "Vietnamese", "Hanoi"}};
    /** Noun phrases per topic of the lexicon; each holds one of the topic's keywords. */
    private static final Map<String, String[]> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("nuclear programme", new String[]{"uranium enrichment", "the nuclear programme",
                "IAEA inspections", "the snapback mechanism"});
        PHRASES.put("sanctions", new String[]{"the sanctions regime", "the oil embargo", "secondary sanctions"});
        PHRASES.put("trade", new String[]{"trade tariffs", "the free trade agreement", "export controls",
                "customs procedures"});
        PHRASES.put("economy", new String[]{"investment flows", "the currency swap line", "economic reforms"});
        PHRASES.put("energy", new String[]{"the gas pipeline", "oil supplies", "electricity exports"});
        PHRASES.put("security", new String[]{"missile defence", "border security", "arms control"});
        PHRASES.put("cyber", new String[]{"cyber attacks", "information security"});
        PHRASES.put("war and conflict", new String[]{"the ceasefire", "the withdrawal of troops",
                "the conflict in the region"});
        PHRASES.put("peace process", new String[]{"the peace talks", "negotiations on a settlement",
                "de-escalation"});
        PHRASES.put("human rights", new String[]{"human rights", "press freedom"});
        PHRASES.put("climate", new String[]{"carbon emissions", "climate finance", "the coal phase-out"});
        PHRASES.put("migration", new String[]{"refugee returns", "migration routes"});
        PHRASES.put("health", new String[]{"vaccine supplies", "pandemic preparedness"});
        PHRASES.put("bilateral relations", new String[]{"bilateral relations", "the strategic partnership"});
        PHRASES.put("agreement or treaty", new String[]{"the draft treaty", "the memorandum of understanding"});
        PHRASES.put("elections", new String[]{"the upcoming elections", "election monitoring"});
        PHRASES.put("regional affairs", new String[]{"regional stability", "relations with neighbouring states"});
    }

    private static final String[] CLAUSES = {
            "{c} would not accept any new conditions on {np}",
            "talks on {np} with {c2} had made real progress this week",
            "{np} remained the main obstacle between {c} and {c2}",
            "the government was ready to discuss {np} at the next round",
            "there could be no lasting solution without progress on {np}",
            "{c2} had to show more flexibility on {np}",
            "a joint working group on {np} would meet again next month",
            "the latest proposal from {c2} on {np} deserved careful study"};
    private static final String[] QUOTES = {
            "We will not give up on {np}",
            "There is no alternative to dialogue on {np}",
            "Our position on {np} has not changed",
            "{c} expects concrete steps on {np} from {c2}",
            "Nobody in {c} wants a crisis over {np}"};

    /** An invented speaker with the capital of their country. */
    record Person(Actor actor, String capital, String demonym) {
        String name() {
            return actor.name();
        }
    }

    /** A synthetic article and the extraction written with it. */
    record Story(Article article, Extraction extraction) {
    }

    private final Random random;
    private final List<Person> people = new ArrayList<>();
    private final List<String> topics;
    private final LocalDate first;
    private final LocalDate last;

    /**
     * @param seed     the seed of everything generated
     * @param speakers how many invented people (at most given names times surnames)
     * @param first    the earliest publication date
     * @param last     the latest publication date
     */
    SyntheticNews(long seed, int speakers, LocalDate first, LocalDate last) {
        this.random = new Random(seed);
        this.first = first;
        this.last = last;
        Set<String> lexTopics = topicNames();
        this.topics = PHRASES.keySet().stream().filter(lexTopics::contains).toList();
        if (topics.isEmpty()) {
            throw new IllegalStateException("no topic of lexicon/topics.txt is known to the generator");
        }
        Set<String> cities = lines("/lexicon/cities.txt");
        Map<String, String> demonyms = new LinkedHashMap<>();
        lines("/lexicon/demonyms.txt").forEach(l -> {
            String[] cols = l.split("\t");
            if (cols.length == 2) {
                demonyms.putIfAbsent(cols[0], cols[1]);
            }
        });
        List<String[]> countries = new ArrayList<>();
        for (String[] c : COUNTRIES) {
            if (c[0].equals(demonyms.get(c[1])) && cities.contains(c[2])) {
                countries.add(c);
            }
        }
        List<String> names = new ArrayList<>();
        for (String g : GIVEN) {
            for (String s : SURNAMES) {
                names.add(g + " " + s);
            }
        }
        Collections.shuffle(names, random);
        for (String name : names.subList(0, Math.min(speakers, names.size()))) {
            String[] c = countries.get(random.nextInt(countries.size()));
            people.add(new Person(new Actor(name, TITLES[random.nextInt(TITLES.length)], c[0]), c[2], c[1]));
        }
    }

    List<Person> people() {
        return people;
    }

    List<String> topics() {
        return topics;
    }

    /** Some noun phrases of the statements, for free-text questions. */
    List<String> phrases() {
        List<String> out = new ArrayList<>();
        topics.forEach(t -> out.addAll(List.of(PHRASES.get(t))));
        return out;
    }

    /** Cities of a country (the capital first). */
    static List<String> cities(String country) {
        for (String[] c : COUNTRIES) {
            if (c[0].equals(country)) {
                return List.of(c).subList(2, c.length);
            }
        }
        return List.of();
    }

    /** The demonym of a country, or {@code null}. */
    static String demonym(String country) {
        for (String[] c : COUNTRIES) {
            if (c[0].equals(country)) {
                return c[1];
            }
        }
        return null;
    }

    /** Writes article number {@code n} with {@code statements} statements and two meetings. */
    Story story(int n, int statements) {
        LocalDate published = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
        List<Person> cast = new ArrayList<>();
        Set<Person> seen = new HashSet<>();
        int castSize = 4 + random.nextInt(5);
        while (cast.size() < castSize) {
            Person p = people.get(random.nextInt(people.size()));
            if (seen.add(p)) {
                cast.add(p);
            }
        }
        String topic = topics.get(random.nextInt(topics.size()));
        Person host = cast.get(0);
        Person guest = cast.get(1);
        Person caller = cast.get(2);
        List<String> hostCities = cities(host.actor().country());
        String city = hostCities.get(random.nextInt(hostCities.size()));

        Text text = new Text();
        text.append(guest.name() + " and " + host.name() + " discuss " + phrase(topic) + " in " + city).newline();
        text.newline();
        List<Meeting> meetings = new ArrayList<>();

        LocalDate metOn = published.minusDays(random.nextInt(3));
        String when = metOn.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + metOn.getDayOfMonth();
        String sentence = title(guest) + " " + guest.name() + " met " + title(host) + " " + host.name() + " in " + city
                + " on " + when + " for talks on " + phrase(topic) + ".";
        meetings.add(new Meeting(List.of(guest.actor(), host.actor()), MeetingKind.IN_PERSON, MeetingStatus.HELD, city,
                metOn, when, List.of(topic), text.sentence(sentence), "synthetic"));
        text.newline().newline();

        LocalDate calledOn = published.minusDays(random.nextInt(3));
        String day = calledOn.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String call = "On " + day + ", " + caller.name() + " spoke by telephone with " + host.name()
                + ", the " + host.demonym() + " foreign ministry said.";
        meetings.add(new Meeting(List.of(caller.actor(), host.actor()), MeetingKind.PHONE_CALL, MeetingStatus.HELD,
                null, calledOn, day, List.of(topic),
                text.sentence(call), "synthetic"));
        text.newline().newline();

        List<Statement> said = new ArrayList<>();
        for (int i = 0; i < statements; i++) {
            Person speaker = cast.get(random.nextInt(cast.size()));
            Person other = cast.get(random.nextInt(cast.size()));
            String t = random.nextInt(3) == 0 ? topics.get(random.nextInt(topics.size())) : topic;
            said.add(statement(text, speaker, other, t));
            text.newline().newline();
        }
        String body = text.toString();
        Article article = new Article(new ArticleInfo(String.format("synthetic-%04d", n),
                body.lines().findFirst().orElse(""), published, "https://example.org/synthetic/" + n,
                "Synthetic Wire"), body);
        String summary = meetings.size() + " meetings and " + said.size() + " statements (synthetic).";
        return new Story(article, new Extraction(article.info(), meetings, text.resolve(said), summary));
    }

    private Statement statement(Text text, Person speaker, Person other, String topic) {
        String c = speaker.actor().country();
        String c2 = other.actor().country().equals(c) ? "its partners" : other.actor().country();
        String np = phrase(topic);
        int form = random.nextInt(6);
        if (form < 4) {
            String clause = fill(CLAUSES[random.nextInt(CLAUSES.length)], np, c, c2);
            String sentence = switch (form) {
                case 0 -> title(speaker) + " " + speaker.name() + " said " + clause + ".";
                case 1 -> speaker.name() + ", " + c + "'s " + title(speaker).toLowerCase(Locale.ROOT)
                        + ", told reporters in " + speaker.capital() + " that " + clause + ".";
                case 2 -> "According to " + speaker.name() + ", " + clause + ".";
                default -> speaker.name() + " warned that " + clause + ".";
            };
            String cue = switch (form) {
                case 1 -> "told";
                case 2 -> "according to";
                case 3 -> "warned";
                default -> "said";
            };
            return new Statement(speaker.actor(), StatementKind.INDIRECT, cue, null, clause, List.of(topic),
                    text.sentence(sentence), "synthetic");
        }
        String quote = fill(QUOTES[random.nextInt(QUOTES.length)], np, c, c2);
        Span evidence;
        if (form == 4) {
            evidence = text.sentence("\"" + quote + ",\" " + speaker.name() + " said.");
        } else {
            evidence = text.sentence(speaker.name() + " said: \"" + quote + ".\"");
        }
        return new Statement(speaker.actor(), StatementKind.DIRECT, "said", quote, quote, List.of(topic), evidence, "synthetic");
    }

    private String phrase(String topic) {
        String[] options = PHRASES.get(topic);
        return options[random.nextInt(options.length)];
    }

    private static String fill(String template, String np, String c, String c2) {
        return template.replace("{np}", np).replace("{c2}", c2).replace("{c}", c);
    }

    private static String title(Person p) {
        return p.actor().title();
    }

    /** The article text being written, handing out spans that are checked once the text is complete. */
    private static final class Text {
        private final StringBuilder sb = new StringBuilder();

        Text append(String s) {
            sb.append(s);
            return this;
        }

        Text newline() {
            sb.append('\n');
            return this;
        }

        /** Appends a sentence and returns its span (its text is the sentence itself). */
        Span sentence(String s) {
            int start = sb.length();
            sb.append(s);
            return new Span(start, sb.length(), s);
        }

        /** Checks that every evidence span is where it says in the finished text and holds its quote. */
        List<Statement> resolve(List<Statement> statements) {
            String text = sb.toString();
            for (Statement s : statements) {
                Span e = s.evidence();
                if (!text.substring(e.start(), e.end()).equals(e.text())
                        || (s.quote() != null && !e.text().contains(s.quote()))) {
                    throw new IllegalStateException("evidence is not in the text: " + e.text());
                }
            }
            return statements;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    private static Set<String> topicNames() {
        Set<String> names = new HashSet<>();
        lines("/lexicon/topics.txt").forEach(l -> names.add(l.split("\t")[0].strip()));
        return names;
    }

    private static Set<String> lines(String resource) {
        try (InputStream in = SyntheticNews.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Set<String> out = new java.util.LinkedHashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
