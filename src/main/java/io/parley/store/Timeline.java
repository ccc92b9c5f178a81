package io.parley.store;

import io.parley.model.ActorProfile;
import io.parley.model.MeetingEntry;
import io.parley.model.StatementEntry;
import java.util.List;

/** An actor and every stored meeting and statement that names them, oldest first. */
public record Timeline(ActorProfile actor, List<MeetingEntry> meetings, List<StatementEntry> statements) {

    public Timeline {
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
    }
}
