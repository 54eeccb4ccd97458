/**
 * Demo data: a realistic, lived-in portfolio (organisations, contacts, partnerships of every kind
 * and stage, their participants, notes, and months of back-dated interactions, meetings,
 * commitments and goals) loaded into an empty workspace in one click, or into a demo account at
 * start-up ({@code tandem.demo.enabled=true}).
 *
 * <p>It writes only through the other modules' public services, so the demo behaves exactly like
 * data people entered: each partnership's history is replayed day by day with the clock set back to
 * each moment ({@link dev.tandem.shared.Backdating}), and the older interactions are published as
 * {@link dev.tandem.demo.InteractionReplayed} timeline events, which move "last contacted" as real
 * ones do. The health index then computes its weekly history from those facts itself. Its texts come in the
 * language of the member who loads it, from the catalogue {@code demo/texts.txt} ({@link dev.tandem.demo.DemoWords});
 * names of people and organisations stay as they are. Listens to
 * nothing. Depends on {@code shared}, {@code identity} (accounts, workspaces, roles),
 * {@code contacts} (organisations, contacts, notes), {@code partnerships} (partnerships, stages,
 * participants, notes, the portfolio), {@code rhythm} (meetings, attendance, commitments),
 * {@code goals} (shared and own goals, key results, measurements), {@code ledger} and {@code recognition}
 * (contributions, a black-hole partner, a celebrated milestone) and {@code health} (the weekly
 * backfill). Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "contacts",
            "partnerships",
            "rhythm",
            "goals",
            "ledger",
            "recognition",
            "health"
        })
@org.jspecify.annotations.NullMarked
package dev.tandem.demo;
