package io.parley.extract;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingStatus;
import io.parley.model.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Summarizer writes a short readable digest of an article's meetings and statements. */
final class Summarizer {

    private static final int MAX_MEETINGS = 3;
    private static final int MAX_SPEAKERS = 4;

    private Summarizer() {
    }

    static String summarize(List<Meeting> meetings, List<Statement> statements) {
        StringJoiner out = new StringJoiner(" ");
        meetings.stream().limit(MAX_MEETINGS).forEach(m -> out.add(meeting(m)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Statement s : statements) {
            counts.merge(s.speaker().name(), 1, Integer::sum);
        }
        counts.entrySet().stream().limit(MAX_SPEAKERS).forEach(e -> out.add(e.getKey() + " made "
                + e.getValue() + (e.getValue() == 1 ? " statement." : " statements.")));
        return out.length() == 0 ? "No meetings or statements found." : out.toString();
    }

    private static String meeting(Meeting m) {
        StringJoiner names = new StringJoiner(" and ");
        for (Actor a : m.participants()) {
            names.add(a.name());
        }
        StringBuilder sb = new StringBuilder(names.toString());
        sb.append(m.status() == MeetingStatus.PLANNED ? " are to meet" : " met");
        switch (m.kind()) {
            case PHONE_CALL:
                sb.append(" by phone");
                break;
            case VIDEO_CALL:
                sb.append(" by video call");
                break;
            default:
                break;
        }
        if (m.location() != null) {
            sb.append(" in ").append(m.location());
        }
        if (m.date() != null) {
            sb.append(" on ").append(m.date());
        } else if (m.dateText() != null) {
            sb.append(' ').append(m.dateText());
        }
        return sb.append('.').toString();
    }
}
