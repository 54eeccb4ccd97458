/**
 * Demo data: a realistic, lived-in portfolio (organisations, contacts, partnerships of every kind
 * and stage, their participants, notes and months of back-dated check-ins) loaded into an empty
 * workspace in one click, or into a demo account at start-up ({@code tandem.demo.enabled=true}).
 *
 * <p>It writes only through the other modules' public services and publishes {@link
 * dev.tandem.shared.TimelineEvent}s for the history, so the demo behaves exactly like data people
 * entered. Depends on {@code shared}, {@code identity} (accounts, workspaces, roles), {@code contacts}
 * (organisations, contacts, notes) and {@code partnerships} (partnerships, stages, participants,
 * notes, the portfolio). Nothing depends on it.
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.demo;
