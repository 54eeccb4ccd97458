package dev.tandem.shared.web;

/**
 * What text Tandem accepts from outside: no control characters but tab, line feed and carriage return. U+0000
 * cannot be stored in PostgreSQL at all, and the others only break exports, feeds and terminals.
 */
final class Text {

    private Text() {}

    static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
