package dev.tandem.rhythm;

/** Whether a participant came to a meeting. */
public enum AttendanceStatus {
    ATTENDED,
    ABSENT,
    EXCUSED
}
