package io.parley.ask;

import io.parley.store.ParleyStore;
import java.time.Clock;
import java.time.LocalDate;

/** Answers questions in plain language from the stored facts; never invents an answer. */
public final class AskService {

    /** The longest question accepted. */
    public static final int MAX_LENGTH = 500;

    private final QuestionParser parser;
    private final QuestionResolver resolver;
    private final StatementAnswers statements;
    private final MeetingAnswers meetings;
    private final EventReader events;
    private final Clock clock;

    public AskService(ParleyStore store, Clock clock) {
        QueryLexicon lexicon = QueryLexicon.load();
        this.parser = new QuestionParser(lexicon);
        this.resolver = new QuestionResolver(store);
        this.statements = new StatementAnswers(store, lexicon);
        this.events = new EventReader(store, clock);
        this.meetings = new MeetingAnswers(store, events);
        this.clock = clock;
    }

    /**
     * Answers one question.
     *
     * @throws InvalidQuestionException when the question is blank or longer than {@link #MAX_LENGTH}
     */
    /** The events over the same store and clock (for {@code /events} and the event ids of {@code /meetings}). */
    public EventReader events() {
        return events;
    }

    public Answer ask(String question) {
        if (question == null || question.isBlank() || question.length() > MAX_LENGTH) {
            throw new InvalidQuestionException("a question is 1 to " + MAX_LENGTH + " characters of text");
        }
        Question q = resolver.resolve(parser.parse(question, LocalDate.now(clock)));
        return q.asksStatements() ? statements.answer(question, q) : meetings.answer(question, q);
    }
}
