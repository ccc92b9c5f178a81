/**
 * The NLP pipeline that turns an {@link io.parley.model.Article} into an {@link io.parley.model.Extraction}.
 * Start at {@link io.parley.extract.Extractor}. Each stage is named as the stage timer and the problems list
 * name it, and returns offsets into the article text:
 *
 * <pre>
 *  article text
 *    │ paragraphs ── Paragraphs                              paragraph spans (the first 100,000 characters)
 *    │ sentences ─── SentenceSplitter                        sentence spans (abbreviations, quotes)
 *    │ quotes ────── QuoteScanner                            quote spans
 *    │ actors ────── Tokenizer, ActorFinder, NamePhrase      tokens and mentions per sentence → Doc
 *    │ coreference ─ Coreference                             mention → person
 *    │ cues ──────── CueFinder, SpeakerSieves                speech cues, speakers by ordered sieves
 *    │ statements ── StatementBuilder, QuoteOwners           Statement (quote verbatim, content, topics)
 *    │ meetings ──── Dateline, MeetingFinder, MeetingGroups,  Meeting (participants, kind, status, date,
 *    │               MeetingBuilder, DateResolver,           place, topics)
 *    │               LocationFinder, TopicTagger
 *    │ said-at ───── SaidAtMeeting                           Statement.meeting: the meeting it was said at
 *    ▼ summary ───── Summarizer                              the digest
 *  Extraction (+ Problems: a stage that throws leaves an empty extraction naming the stage and rule)
 * </pre>
 *
 * <p>Pure Java: it must not import AWS, Quarkus, {@code java.net}, {@code java.nio.file} or any other Parley
 * package but {@code model}, {@code lexicon} (the one word-list reader) and {@code actors.NameForm} (the one name
 * normaliser, itself pure), and does no I/O except reading its
 * lexicons ({@code /lexicon/*.txt}) from the classpath once, at construction.
 */
package io.parley.extract;
