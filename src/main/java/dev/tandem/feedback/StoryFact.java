package dev.tandem.feedback;

import dev.tandem.partnerships.Side;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A story told about a partnership, as the health index reads it: when, by which side, answering what. */
public record StoryFact(
        LocalDate toldOn, Side side, @Nullable StoryPrompt prompt) {}
