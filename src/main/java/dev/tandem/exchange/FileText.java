package dev.tandem.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The text of an uploaded file: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's "Unicode
 * text", some Outlook and Android exports), UTF-8 (with or without a mark), else Windows-1252.
 */
final class FileText {

    // Outlook and older Excel save CSV in the Windows code page; anything that is not valid UTF-8 is taken as that.
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private FileText() {}

    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableFile("exchange.unreadable.empty");
        }
        String text = utf16(bytes);
        if (text == null) {
            text = utf8(bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (looksBinary(text)) {
            throw new UnreadableFile("exchange.unreadable.binary");
        }
        if (text.isBlank()) {
            throw new UnreadableFile("exchange.unreadable.empty");
        }
        return text;
    }

    /** The text after a UTF-16 byte-order mark (FE FF big-endian, FF FE little-endian); null without one. */
    private static @Nullable String utf16(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        Charset charset = first == 0xFE && second == 0xFF
                ? StandardCharsets.UTF_16BE
                : first == 0xFF && second == 0xFE ? StandardCharsets.UTF_16LE : null;
        if (charset == null) {
            return null;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("exchange.unreadable.binary");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, FALLBACK);
        }
    }

    /** Control characters other than tab and line breaks do not occur in vCard or CSV text. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        int sample = Math.min(text.length(), 8192);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > sample / 100;
    }
}
