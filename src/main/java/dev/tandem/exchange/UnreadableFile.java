package dev.tandem.exchange;

/** The file cannot be read at all; {@code messageKey} says why, for the person who uploaded it. */
class UnreadableFile extends RuntimeException {

    private final String messageKey;

    UnreadableFile(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
