package dev.tandem.goals;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A shared goal as shown: owners' names, key results with their progress, and its own progress (null without key results). */
public record GoalView(
        Goal goal,
        @Nullable String ourOwnerName,
        @Nullable String theirOwnerName,
        List<KeyResultView> keyResults,
        @Nullable Progress progress) {}
