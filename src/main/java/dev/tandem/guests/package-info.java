/**
 * Partner-side guests: inviting people of the other side to one partnership, and what they see of it — the
 * partner view, composed from the partnership, its SHARED notes and goals, its meetings (with their notes and
 * decisions only when shared), both sides' commitments and, once the team shares it, the ledger's balance. Guests
 * record their side's contributions to a shared ledger and thank our side (shared kudos). Nothing INTERNAL, no
 * health, no other partnership.
 * Who is a guest, and what a guest may call, is decided in {@code identity}; this module only reads through the
 * other modules' public services.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "contacts",
            "partnerships",
            "goals",
            "rhythm",
            "ledger",
            "recognition"
        })
@org.jspecify.annotations.NullMarked
package dev.tandem.guests;
