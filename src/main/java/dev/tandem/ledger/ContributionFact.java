package dev.tandem.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One contribution as the health index weighs it: when, by which side, worth how much in the workspace's unit. */
public record ContributionFact(LocalDate on, LedgerSide side, BigDecimal value) {}
