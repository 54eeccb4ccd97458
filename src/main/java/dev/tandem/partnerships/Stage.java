package dev.tandem.partnerships;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where a partnership stands, and the moves allowed from there.
 *
 * <p>The <em>active</em> stages are {@link #EXPLORING}, {@link #COLLABORATING} and {@link #PARTNERING}:
 * the relationship is being worked on. Moves: forward only along EXPLORING → COLLABORATING →
 * PARTNERING; from any active stage to {@link #DORMANT} (kept warm) and back to any active stage; from
 * any active stage to {@link #WINDING_DOWN}, and from there only to {@link #ENDED}, which is final.
 * DORMANT and WINDING_DOWN are not active, so a dormant partnership is revived before it is wound down,
 * and winding down is not undone. Staying where one is, is not a move.
 */
public enum Stage {
    EXPLORING,
    COLLABORATING,
    PARTNERING,
    DORMANT,
    WINDING_DOWN,
    ENDED;

    private static final Set<Stage> ACTIVE = EnumSet.of(EXPLORING, COLLABORATING, PARTNERING);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** The stages this one may move to, in display order. */
    public Set<Stage> next() {
        return switch (this) {
            case EXPLORING -> EnumSet.of(COLLABORATING, DORMANT, WINDING_DOWN);
            case COLLABORATING -> EnumSet.of(PARTNERING, DORMANT, WINDING_DOWN);
            case PARTNERING -> EnumSet.of(DORMANT, WINDING_DOWN);
            case DORMANT -> EnumSet.copyOf(ACTIVE);
            case WINDING_DOWN -> EnumSet.of(ENDED);
            case ENDED -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean canMoveTo(Stage to) {
        return next().contains(to);
    }

    /** The stage's name in the reader's language, as a message argument ({@code partnerships.stage.<NAME>}). */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {"partnerships.stage." + name()}, name());
    }
}
