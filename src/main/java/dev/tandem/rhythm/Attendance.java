package dev.tandem.rhythm;

import dev.tandem.partnerships.Side;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A participant of the partnership with their attendance at one meeting (null: not recorded yet) and, before it,
 * their reply (null: no answer).
 */
public record Attendance(
        UUID participantId,
        Side side,
        UUID personId,
        @Nullable String name,
        @Nullable AttendanceStatus status,
        @Nullable Reply reply) {}
