package dev.tandem.rhythm;

/**
 * One point of a meeting's agenda. The "listen first" round has no title of its own: its text is a
 * message, so each reader sees it in their language.
 */
public record AgendaItem(boolean listenFirst, String title) {

    public static final int TITLE_LENGTH = 200;
    public static final int MAX_ITEMS = 30;

    public static AgendaItem listenFirstRound() {
        return new AgendaItem(true, "");
    }
}
