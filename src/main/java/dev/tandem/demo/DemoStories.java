package dev.tandem.demo;

import dev.tandem.partnerships.Cadence;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.Visibility;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's partnerships, one story each: every kind and every stage (reached through legal moves, each on its
 * day), with people on their side, interactions outside meetings (calls, visits, workshops, coffees) dated back
 * from today and notes. Their meetings and commitments are in {@link DemoRhythm}, their goals in {@link DemoGoals}.
 * Histories are chosen so that some partnerships are on track, some due and some overdue for a check-in.
 */
final class DemoStories {

    /** A move of the stage machine {@code daysAgo} days before loading, with its reason. */
    record Move(int daysAgo, Stage to, String reason) {}

    /** Someone of {@link DemoCast#PEOPLE} on their side, with their role. */
    record Theirs(String person, String role) {}

    /**
     * An interaction {@code daysAgo} days before loading: the text {@code timeline.demo.<type>} with
     * the person's name and the topic. {@code person} is null for the partnership's counterpart.
     */
    record Touch(int daysAgo, String type, @Nullable String person, String topic) {}

    record Story(
            String name,
            PartnershipKind kind,
            @Nullable String org,
            String contact,
            String purpose,
            List<String> values,
            Cadence cadence,
            Visibility visibility,
            String ourRole,
            List<Theirs> theirs,
            List<Move> moves,
            List<Touch> history,
            List<String> internalNotes,
            List<String> sharedNotes) {}

    private DemoStories() {}

    static final List<Story> ALL = List.of(
            new Story(
                    "Community solar with Solara Energía",
                    PartnershipKind.ORG_PARTNER,
                    "solara",
                    "jose",
                    "Co-develop community solar schemes for three Madrid neighbourhoods and share what we learn openly.",
                    List.of("Sustainability", "Transparency", "Shared risk"),
                    new Cadence(14, 30),
                    Visibility.SHARED,
                    "Relationship owner",
                    List.of(
                            new Theirs("jose", "Executive sponsor"),
                            new Theirs("lucia", "Pilot lead"),
                            new Theirs("inigo", "Data")),
                    List.of(
                            new Move(140, Stage.COLLABORATING, "First joint pilot in Vallecas agreed"),
                            new Move(
                                    60,
                                    Stage.PARTNERING,
                                    "Two-year framework signed, with a shared budget and a joint steering group")),
                    List.of(
                            new Touch(170, "meeting", null, "first conversation at the Smart Cities Expo"),
                            new Touch(140, "workshop", "lucia", "mapping rooftops in Vallecas"),
                            new Touch(95, "visit", "lucia", "pilot site walk-through"),
                            new Touch(60, "call", null, "terms of the framework agreement"),
                            new Touch(3, "call", "inigo", "publishing the pilot data")),
                    List.of("José cares most about the open-data angle: lead with it in the steering group."),
                    List.of("Steering group minutes are in the shared folder; next session in two weeks.")),
            new Story(
                    "Open-data fellowship with Civica Lab",
                    PartnershipKind.ORG_PARTNER,
                    "civica",
                    "chiara",
                    "Host two Civica fellows a year to publish our energy data as open data.",
                    List.of("Openness", "Equity"),
                    new Cadence(14, 30),
                    Visibility.INTERNAL,
                    "Fellowship host",
                    List.of(
                            new Theirs("chiara", "Director"),
                            new Theirs("niccolo", "Fellowship coordinator"),
                            new Theirs("aisha", "Data journalist")),
                    List.of(new Move(90, Stage.COLLABORATING, "The first fellow started, funded for six months")),
                    List.of(
                            new Touch(120, "coffee", null, "the idea of a fellowship"),
                            new Touch(48, "workshop", "aisha", "data-story sprint")),
                    List.of("Ask Chiara whether the second fellow can start before the summer."),
                    List.of()),
            new Story(
                    "Design system with Nordlys Design",
                    PartnershipKind.VENDOR,
                    "nordlys",
                    "soren",
                    "Keep our brand and design system consistent while the in-house design team grows.",
                    List.of("Craft", "Clear scope"),
                    new Cadence(30, 60),
                    Visibility.INTERNAL,
                    "Client lead",
                    List.of(new Theirs("soren", "Creative director"), new Theirs("emma", "Design lead")),
                    List.of(
                            new Move(185, Stage.COLLABORATING, "Monthly retainer for the design system"),
                            new Move(
                                    40,
                                    Stage.WINDING_DOWN,
                                    "The in-house team takes over in March; handover plan agreed with Søren")),
                    List.of(
                            new Touch(150, "workshop", "emma", "design-system foundations"),
                            new Touch(90, "call", null, "renewing the retainer")),
                    List.of("Notice period is 60 days; the termination fee is waived if the handover ends by March."),
                    List.of(
                            "Thank you both for two years of beautiful work. The handover checklist is in the shared folder.")),
            new Story(
                    "Route planning with Atlas Freight",
                    PartnershipKind.VENDOR,
                    "atlas",
                    "oliver",
                    "License Atlas route planning for our field teams and shape its roadmap together.",
                    List.of("Reliability", "Data protection"),
                    new Cadence(30, 45),
                    Visibility.INTERNAL,
                    "Contract owner",
                    List.of(
                            new Theirs("oliver", "Account manager"),
                            new Theirs("amara", "Solutions engineer"),
                            new Theirs("jonas", "Product manager")),
                    List.of(
                            new Move(200, Stage.COLLABORATING, "Pilot licence for two depots"),
                            new Move(110, Stage.PARTNERING, "Company-wide licence with a joint roadmap")),
                    List.of(
                            new Touch(240, "call", null, "first demo"),
                            new Touch(120, "workshop", "jonas", "joint roadmap session")),
                    List.of("Renewal comes up next quarter: check the SLA credits before then."),
                    List.of()),
            new Story(
                    "Hosting with Kestrel Cloud",
                    PartnershipKind.VENDOR,
                    "kestrel",
                    "bjorn",
                    "Managed hosting for the customer portal.",
                    List.of("Reliability"),
                    new Cadence(30, 60),
                    Visibility.INTERNAL,
                    "Contract owner",
                    List.of(new Theirs("bjorn", "Customer success"), new Theirs("sophie", "Account executive")),
                    List.of(
                            new Move(390, Stage.COLLABORATING, "Portal migrated to Kestrel"),
                            new Move(
                                    160,
                                    Stage.WINDING_DOWN,
                                    "We need EU multi-region hosting they do not offer; thanked them for three stable years"),
                            new Move(
                                    100,
                                    Stage.ENDED,
                                    "Migration finished; Kestrel helped with the handover and we parted on good terms")),
                    List.of(
                            new Touch(400, "meeting", "sophie", "signing the hosting contract"),
                            new Touch(300, "checkIn", null, "annual service review"),
                            new Touch(160, "call", null, "our multi-region needs"),
                            new Touch(130, "meeting", null, "the transition plan"),
                            new Touch(100, "email", null, "final invoice and a thank-you")),
                    List.of("Björn offered help if anything breaks after the move: keep his direct line."),
                    List.of()),
            new Story(
                    "Mentoring Zoë Clarke",
                    PartnershipKind.MENTEE,
                    null,
                    "zoe",
                    "Help Zoë grow into leading partnerships on her own within a year.",
                    List.of("Growth", "Candour"),
                    new Cadence(14, 21),
                    Visibility.INTERNAL,
                    "Mentor",
                    List.of(new Theirs("zoe", "Mentee")),
                    List.of(new Move(
                            85, Stage.COLLABORATING, "Goals for the year agreed: lead one partnership end to end")),
                    List.of(new Touch(90, "coffee", null, "her goals for the year")),
                    List.of("Introduce Zoë to Lucía: she could shadow the Vallecas pilot."),
                    List.of("Great progress on the Solara brief. Next: run the steering group yourself.")),
            new Story(
                    "Mentoring Kwame Mensah",
                    PartnershipKind.MENTEE,
                    null,
                    "kwame",
                    "Support Kwame's move from analysis into product management.",
                    List.of("Growth"),
                    new Cadence(21, 42),
                    Visibility.INTERNAL,
                    "Mentor",
                    List.of(new Theirs("kwame", "Mentee")),
                    List.of(
                            new Move(300, Stage.COLLABORATING, "Monthly sessions agreed"),
                            new Move(
                                    75,
                                    Stage.WINDING_DOWN,
                                    "Ready to move on: we recapped what he achieved and I introduced him to the platform team"),
                            new Move(
                                    70,
                                    Stage.ENDED,
                                    "He now mentors two juniors himself; a progress update every few months")),
                    List.of(
                            new Touch(330, "coffee", null, "looking for a mentor"),
                            new Touch(250, "meeting", null, "mapping his skills to a product role"),
                            new Touch(150, "meeting", null, "his first product spec"),
                            new Touch(75, "meeting", null, "recap and next challenges"),
                            new Touch(70, "email", null, "introductions to the platform team")),
                    List.of("Ask for his progress update around the new year."),
                    List.of()),
            new Story(
                    "Monthly mentoring with Ngozi Okafor",
                    PartnershipKind.MENTOR,
                    "harbour",
                    "ngozi",
                    "Learn how to structure partnerships with shared risk and shared reward.",
                    List.of("Candour", "Generosity"),
                    new Cadence(30, 45),
                    Visibility.INTERNAL,
                    "Mentee",
                    List.of(new Theirs("ngozi", "Mentor")),
                    List.of(
                            new Move(
                                    250,
                                    Stage.COLLABORATING,
                                    "The first sessions were useful; we agreed to meet monthly"),
                            new Move(130, Stage.PARTNERING, "We now co-host a workshop for founders twice a year")),
                    List.of(
                            new Touch(300, "coffee", null, "an introduction by Daniel"),
                            new Touch(120, "workshop", null, "our first founders' workshop"),
                            new Touch(38, "call", null, "advice on the Atlas renewal")),
                    List.of("Tell Ngozi how the Atlas renewal went: she asked to hear."),
                    List.of()),
            new Story(
                    "Coffees with Tomás Herrera",
                    PartnershipKind.NETWORK,
                    null,
                    "tomas",
                    "Swap notes on user research for partner portals.",
                    List.of("Curiosity"),
                    new Cadence(90, 180),
                    Visibility.INTERNAL,
                    "Peer",
                    List.of(new Theirs("tomas", "Peer")),
                    List.of(new Move(
                            100,
                            Stage.DORMANT,
                            "Deferred for a few months because of workload; he can message me anytime if urgent")),
                    List.of(
                            new Touch(210, "coffee", null, "his talk on research operations"),
                            new Touch(160, "call", null, "his partner-portal research"),
                            new Touch(100, "email", null, "pausing our coffees until spring")),
                    List.of("Suggest the first-Friday product meetup instead of one-to-ones."),
                    List.of()),
            new Story(
                    "Product leaders meetup with Hiroshi Tanaka",
                    PartnershipKind.NETWORK,
                    null,
                    "hiroshi",
                    "Co-organise a quarterly meetup for product and partnership leads.",
                    List.of("Community", "Inclusion"),
                    new Cadence(30, 60),
                    Visibility.INTERNAL,
                    "Co-organiser",
                    List.of(new Theirs("hiroshi", "Co-organiser")),
                    List.of(),
                    List.of(
                            new Touch(40, "coffee", null, "the idea of a joint meetup"),
                            new Touch(12, "call", null, "choosing a venue and a date")),
                    List.of(),
                    List.of("Draft agenda: a listen-first round, two short talks, then open discussion.")),
            new Story(
                    "Loyalty platform for Mercado Vivo",
                    PartnershipKind.CLIENT,
                    "mercado",
                    "monica",
                    "Run and grow the cooperative's loyalty platform, with measurable benefits for its members.",
                    List.of("Fair pricing", "Members first"),
                    new Cadence(14, 30),
                    Visibility.SHARED,
                    "Account lead",
                    List.of(
                            new Theirs("monica", "Head of digital"),
                            new Theirs("paloma", "Programme owner"),
                            new Theirs("rafael", "Budget holder")),
                    List.of(
                            new Move(200, Stage.COLLABORATING, "Pilot in twelve stores"),
                            new Move(100, Stage.PARTNERING, "Three-year contract with shared savings targets")),
                    List.of(
                            new Touch(260, "meeting", null, "discovery workshop"),
                            new Touch(200, "visit", "paloma", "store visits in Barcelona"),
                            new Touch(140, "workshop", "paloma", "pilot retrospective"),
                            new Touch(90, "meeting", "rafael", "the shared-savings model")),
                    List.of("Paloma mentioned budget pressure: ask, do not assume, before the next review."),
                    List.of()),
            new Story(
                    "Digital catalogue for Tessitura Alpina",
                    PartnershipKind.CLIENT,
                    "tessitura",
                    "federica",
                    "Explore a digital fabric catalogue for Tessitura's trade buyers.",
                    List.of("Craft", "Sustainability"),
                    new Cadence(7, 14),
                    Visibility.INTERNAL,
                    "Account lead",
                    List.of(new Theirs("federica", "CEO"), new Theirs("matteo", "E-commerce")),
                    List.of(),
                    List.of(
                            new Touch(25, "visit", null, "a tour of the mill near Biella"),
                            new Touch(2, "call", null, "walking through our proposal")),
                    List.of("Federica prefers Italian for anything formal: send the proposal in Italian."),
                    List.of()),
            new Story(
                    "Partner budget reviews with Priya Raman",
                    PartnershipKind.COWORKER,
                    null,
                    "priya",
                    "Review partnership budgets and contributions with Finance every month.",
                    List.of("Transparency"),
                    new Cadence(30, 45),
                    Visibility.INTERNAL,
                    "Partnerships lead",
                    List.of(new Theirs("priya", "Finance business partner")),
                    List.of(new Move(78, Stage.COLLABORATING, "Monthly budget review agreed")),
                    List.of(),
                    List.of("Priya needs the Mercado Vivo savings figures before the next review."),
                    List.of()),
            new Story(
                    "Youth programme with Fondazione Ponte",
                    PartnershipKind.ORG_PARTNER,
                    "ponte",
                    "giulia",
                    "Mentor young people from Turin's outskirts into careers in tech.",
                    List.of("Equity", "Inclusion"),
                    new Cadence(60, 120),
                    Visibility.SHARED,
                    "Programme lead",
                    List.of(new Theirs("giulia", "Programme director"), new Theirs("isabella", "Grants")),
                    List.of(
                            new Move(330, Stage.COLLABORATING, "First cohort of ten students"),
                            new Move(
                                    125,
                                    Stage.DORMANT,
                                    "The foundation paused new cohorts until its autumn funding round")),
                    List.of(
                            new Touch(360, "meeting", null, "first call about the programme"),
                            new Touch(280, "workshop", null, "cohort kick-off"),
                            new Touch(200, "visit", "isabella", "graduation day"),
                            new Touch(130, "email", "isabella", "the funding round timeline")),
                    List.of("Isabella will share the new call for proposals in September."),
                    List.of()),
            new Story(
                    "Sales handovers with Marco De Luca",
                    PartnershipKind.COWORKER,
                    null,
                    "marco",
                    "Hand new partners over from sales to partnerships without dropping the ball.",
                    List.of("Reliability"),
                    new Cadence(14, 30),
                    Visibility.INTERNAL,
                    "Partnerships lead",
                    List.of(new Theirs("marco", "Sales director")),
                    List.of(),
                    List.of(new Touch(6, "coffee", null, "how handovers go wrong today")),
                    List.of("Draft a one-page handover checklist with Marco."),
                    List.of()),
            new Story(
                    "Clinic pilot with Lumen Health",
                    PartnershipKind.CLIENT,
                    "lumen",
                    "elif",
                    "Pilot partner scheduling in two Lisbon clinics and decide together whether to scale.",
                    List.of("Patient safety", "Candour"),
                    new Cadence(21, 42),
                    Visibility.SHARED,
                    "Pilot lead",
                    List.of(
                            new Theirs("elif", "Head of product"),
                            new Theirs("francois", "CTO"),
                            new Theirs("ana", "Clinical lead")),
                    List.of(
                            new Move(160, Stage.COLLABORATING, "Pilot in two clinics"),
                            new Move(
                                    40,
                                    Stage.WINDING_DOWN,
                                    "The pilot ran its course; closing retrospective booked and results shared with both teams")),
                    List.of(new Touch(130, "workshop", "ana", "training the clinic staff")),
                    List.of("Settle what each side put in before the retrospective; thank Ana's team by name."),
                    List.of()));

    /** Notes on contacts, by person. */
    static final List<List<String>> CONTACT_NOTES = List.of(
            List.of("jose", "Prefers WhatsApp for quick questions, email for anything contractual."),
            List.of("federica", "Mornings only: the mill is loud after lunch."),
            List.of("daniel", "Great connector: ask before introducing him to anyone new."),
            List.of("carmen", "Could introduce us to two more cooperatives in Valencia."));
}
