package dev.tandem.recognition;

import dev.tandem.partnerships.Side;
import java.util.UUID;

/**
 * Someone who contributed to a milestone or is thanked: a participant of the partnership.
 *
 * @param personId a member's user id on {@link Side#OURS}, a contact id on {@link Side#THEIRS}
 */
public record Contributor(Side side, UUID personId) {}
