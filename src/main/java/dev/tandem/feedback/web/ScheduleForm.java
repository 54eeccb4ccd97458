package dev.tandem.feedback.web;

import dev.tandem.feedback.PulseSchedule;
import dev.tandem.feedback.PulseSchedules.RecipientKey;
import dev.tandem.feedback.RecipientKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The form of a partnership's pulse schedule; {@code people} holds "KIND:personId" keys. */
class ScheduleForm {

    private @Nullable Integer everyWeeks = 8;
    private @Nullable Integer remindAfterDays = PulseSchedule.DEFAULT_REMIND_DAYS;
    private List<String> people = new ArrayList<>();
    private long version;

    static ScheduleForm of(PulseSchedule s) {
        var form = new ScheduleForm();
        form.everyWeeks = s.everyWeeks();
        form.remindAfterDays = s.remindAfterDays();
        form.people = new ArrayList<>(
                s.people().stream().map(p -> p.kind() + ":" + p.personId()).toList());
        form.version = s.version();
        return form;
    }

    /** The people chosen; a value that is not a key is left out (and then refused as "nobody"). */
    List<RecipientKey> keys() {
        List<RecipientKey> keys = new ArrayList<>();
        for (String key : people) {
            String[] parts = key.split(":");
            if (parts.length != 2) {
                continue;
            }
            try {
                keys.add(new RecipientKey(RecipientKind.valueOf(parts[0]), UUID.fromString(parts[1])));
            } catch (IllegalArgumentException ignored) {
                // not a candidate's key
            }
        }
        return keys;
    }

    public @Nullable Integer getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(@Nullable Integer everyWeeks) {
        this.everyWeeks = everyWeeks;
    }

    public @Nullable Integer getRemindAfterDays() {
        return remindAfterDays;
    }

    public void setRemindAfterDays(@Nullable Integer remindAfterDays) {
        this.remindAfterDays = remindAfterDays;
    }

    public List<String> getPeople() {
        return people;
    }

    public void setPeople(List<String> people) {
        this.people = people;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
