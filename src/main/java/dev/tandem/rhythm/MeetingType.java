package dev.tandem.rhythm;

/** What a meeting is for; a check-in opens with a "listen first" round by default. */
public enum MeetingType {
    CHECK_IN,
    KICKOFF,
    RETROSPECTIVE,
    EXIT,
    INFORMAL
}
