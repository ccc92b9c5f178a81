package io.parley.ask;

import io.parley.actors.ActorRef;
import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingEntry;
import io.parley.model.Statement;
import io.parley.model.StatementEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the short readable answer: what was found (the best few facts), or honestly that nothing was. */
final class AnswerText {

    private static final int LISTED = 3;

    private AnswerText() {
    }

    static String statements(Question q, List<StatementEntry> top, int total) {
        if (top.isEmpty()) {
            return "No statements" + bySpeaker(q) + about(q) + period(q) + " were found." + unknown(q);
        }
        StringBuilder text = new StringBuilder("Found ").append(total).append(total == 1 ? " statement" : " statements")
                .append(bySpeaker(q)).append(about(q)).append(period(q)).append('.');
        top.stream().limit(LISTED).forEach(e -> text.append(' ').append(sentence(e)));
        return text.toString();
    }

    static String meetings(Question q, List<Reported> top) {
        if (top.isEmpty()) {
            return "No meetings" + of(q) + place(q) + period(q) + " were found." + unknown(q);
        }
        if (q.latest()) {
            Reported e = top.get(0);
            return "The most recent" + of(q) + place(q) + " was on " + MeetingAnswers.date(e.entry()) + ": " + describe(e) + ".";
        }
        StringBuilder text = new StringBuilder("Found ").append(top.size()).append(top.size() == 1 ? " meeting" : " meetings")
                .append(of(q)).append(place(q)).append(period(q)).append(':');
        top.stream().limit(LISTED).forEach(e -> text.append(' ').append(MeetingAnswers.date(e.entry())).append(' ')
                .append(describe(e)).append(';'));
        text.setLength(text.length() - 1);
        return text.append('.').toString();
    }

    private static String sentence(StatementEntry e) {
        Statement s = e.statement();
        String what = s.quote() != null ? ": “" + s.quote().replaceAll("[,.]$", "") + "”" : ": " + s.content();
        String who = e.meeting() == null ? s.speaker().name() + (e.published() == null ? "" : " (" + e.published() + ")")
                : atMeeting(e) + s.speaker().name() + " said";
        return who + what.strip() + (what.endsWith(".") ? "" : ".");
    }

    /**
     * Where a statement said at a meeting was said: "At a meeting with Kemal Aydin in Ankara on 2026-03-10, ", "In a
     * phone call with …" (the other parties; the meeting's date, else its article's publication date).
     */
    static String atMeeting(StatementEntry e) {
        MeetingEntry at = e.meeting();
        Meeting m = at.meeting();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < m.participants().size(); i++) {
            String id = i < at.participantIds().size() ? at.participantIds().get(i) : null;
            boolean speaker = id != null ? id.equals(e.speakerId()) : m.participants().get(i).equals(e.statement().speaker());
            if (!speaker) {
                others.add(m.participants().get(i).name());
            }
        }
        String opening = switch (m.kind()) {
            case PHONE_CALL -> "In a phone call";
            case VIDEO_CALL -> "In a video call";
            default -> "At a meeting";
        };
        String date = MeetingAnswers.date(at);
        return opening + (others.isEmpty() ? "" : " with " + String.join(" and ", others))
                + (m.location() == null ? "" : " in " + m.location()) + (date.isEmpty() ? "" : " on " + date) + ", ";
    }

    private static String describe(Reported r) {
        Meeting m = r.entry().meeting();
        List<String> names = m.participants().stream().map(Actor::name).toList();
        String kind = m.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return String.join(" and ", names) + " (" + kind + (m.location() == null ? "" : ", " + m.location())
                + (m.status().name().equals("PLANNED") ? ", planned" + plan(r) : "")
                + (r.sources() > 1 ? ", reported by " + r.sources() + " sources" : "") + ")";
    }

    /** ", overdue" or ", it took place" for a followed plan. */
    private static String plan(Reported r) {
        if (r.event() == null || r.event().plan() == null) {
            return "";
        }
        return switch (r.event().plan().state()) {
            case HELD -> ", it took place";
            case OVERDUE -> ", overdue: no report that it took place";
            case PENDING -> "";
        };
    }

    private static String bySpeaker(Question q) {
        if (q.speaker() != null) {
            return " by " + q.speaker().name();
        }
        return q.countries().isEmpty() ? "" : " by " + String.join(" or ", q.countries()) + " officials";
    }

    private static String about(Question q) {
        return q.about() == null ? "" : " about " + q.about();
    }

    private static String of(Question q) {
        List<String> who = new ArrayList<>(q.participants().stream().map(ActorRef::name).toList());
        q.countries().forEach(c -> who.add(c + " officials"));
        if (who.isEmpty()) {
            return "";
        }
        return (q.latest() && who.size() > 1 ? " contact between " : " involving ") + String.join(" and ", who);
    }

    private static String place(Question q) {
        return q.location() == null ? "" : " in " + q.location();
    }

    private static String period(Question q) {
        if (q.from() == null && q.to() == null) {
            return "";
        }
        if (q.to() == null) {
            return " since " + q.from();
        }
        return q.from() == null ? " before " + q.to().plusDays(1) : " between " + q.from() + " and " + q.to();
    }

    private static String unknown(Question q) {
        return q.unknownNames().isEmpty() ? "" : " No one named " + String.join(" or ", q.unknownNames()) + " is known.";
    }
}
