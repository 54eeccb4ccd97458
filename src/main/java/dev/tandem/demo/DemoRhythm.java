package dev.tandem.demo;

import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.MeetingType;
import dev.tandem.rhythm.OwnerSide;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The meetings of the demo's partnerships, keyed by the story's counterpart ({@link DemoStories.Story#contact()}):
 * when they were held, who of their side came, their minutes and the action items both sides took on, with how
 * each ended. Chosen so that the health index tells stories: Solara grows together after a shaky start, Mercado
 * Vivo's side missed two of the last four meetings, Nordlys lets its handover slip, Atlas is past its cadence.
 */
final class DemoRhythm {

    /**
     * A commitment owed by a side ({@code person} of theirs, or us), due {@code dueDaysAgo} days before loading
     * (negative: still to come), ending as {@code outcome} {@code closedDaysAgo} days before loading.
     */
    record Promise(
            OwnerSide side,
            @Nullable String person,
            String what,
            int dueDaysAgo,
            CommitmentStatus outcome,
            int closedDaysAgo) {

        Promise done(int daysAgo) {
            return new Promise(side, person, what, dueDaysAgo, CommitmentStatus.DONE, daysAgo);
        }

        Promise dropped(int daysAgo) {
            return new Promise(side, person, what, dueDaysAgo, CommitmentStatus.DROPPED, daysAgo);
        }
    }

    /**
     * A meeting held {@code daysAgo} days before loading. {@code came} are those of their side who attended (the
     * others are not recorded); nobody means their whole side was absent.
     */
    record Meet(
            int daysAgo,
            MeetingType type,
            String topic,
            List<String> came,
            @Nullable String notes,
            @Nullable String decisions,
            List<Promise> actions) {

        Meet minutes(String newNotes, @Nullable String newDecisions) {
            return new Meet(daysAgo, type, topic, came, newNotes, newDecisions, actions);
        }
    }

    /** A partnership's meetings, in person at {@code place} or by video at {@code videoUrl}. */
    record Rhythm(String place, String videoUrl, List<Meet> meetings) {}

    private DemoRhythm() {}

    static final Map<String, Rhythm> BY_STORY = Map.ofEntries(
            Map.entry(
                    "jose",
                    new Rhythm(
                            "Solara Energía, Calle de Alcalá 120, Madrid",
                            "https://meet.example/solara-vallecas",
                            List.of(
                                    meet(
                                                    133,
                                                    MeetingType.KICKOFF,
                                                    "Kick-off of the Vallecas pilot",
                                                    came("jose", "lucia", "inigo"),
                                                    us("Share our rooftop survey method with Lucía", 126)
                                                            .done(127),
                                                    them("lucia", "List the twelve candidate rooftops", 119)
                                                            .done(115))
                                            .minutes(
                                                    "Twelve rooftops, one residents' association, shared data from day one.",
                                                    "Lucía leads the pilot on Solara's side; we chair the steering group."),
                                    checkIn(
                                            119,
                                            "The rooftop shortlist",
                                            came("lucia"),
                                            them("inigo", "Set up the meter data feed", 100)
                                                    .done(101)),
                                    checkIn(105, "Meeting the residents' association", nobody())
                                            .minutes(
                                                    "Nobody from Solara joined: José and Lucía were at the regulator's hearing. "
                                                            + "Asked José, without assuming, how the pilot fits their priorities.",
                                                    null),
                                    checkIn(
                                            91,
                                            "Splitting the pilot budget",
                                            came("jose", "lucia"),
                                            them("jose", "Confirm Solara's share of the pilot budget", 84)
                                                    .done(80),
                                            us("Draft the framework agreement", 70)
                                                    .done(74)),
                                    checkIn(77, "The installer tender", came("lucia")),
                                    checkIn(
                                            63,
                                            "Last open points of the framework",
                                            came("jose", "lucia"),
                                            them("jose", "Sign the framework agreement", 60)
                                                    .done(60),
                                            us("Set up the joint steering group", 45)
                                                    .done(46)),
                                    checkIn(
                                            49,
                                            "Agenda of the first steering group",
                                            came("jose", "lucia", "inigo"),
                                            them("lucia", "Book the community hall for the residents' evening", 40)
                                                    .done(40)),
                                    checkIn(
                                                    35,
                                                    "Quarterly review of the pilot",
                                                    came("jose", "lucia", "inigo"),
                                                    them("inigo", "Publish the first month of pilot data", 21)
                                                            .done(22),
                                                    us("Book the installers for phase two", 28)
                                                            .done(29))
                                            .minutes(
                                                    "210 homes connected; the meters report every fifteen minutes.",
                                                    "Phase two starts with the two schools on Calle Puerto Alto."),
                                    checkIn(
                                            21,
                                            "Installer schedule",
                                            came("lucia", "inigo"),
                                            them("lucia", "Hold the residents' information evening in Usera", 10)
                                                    .done(11),
                                            them("jose", "Name Solara's members of the steering group", 14)
                                                    .done(14),
                                            us("Print leaflets for the residents' evening", 12)
                                                    .dropped(11),
                                            us("Draft the open-data licence", 7).done(8)),
                                    checkIn(
                                            7,
                                            "Preparing the steering group",
                                            came("jose", "lucia"),
                                            us("Send the steering group pack", -4),
                                            them("inigo", "Anonymise the meter data for publication", -10))))),
            Map.entry(
                    "chiara",
                    new Rhythm(
                            "Civica Lab, Via Tortona 31, Milan",
                            "https://meet.example/civica-fellowship",
                            List.of(
                                    meet(97, MeetingType.INFORMAL, "The terms of the fellowship", came("chiara")),
                                    meet(
                                                    75,
                                                    MeetingType.KICKOFF,
                                                    "Choosing the first fellow",
                                                    came("chiara", "niccolo"),
                                                    us("Give the fellow read access to the meter database", 55)
                                                            .done(56),
                                                    them("niccolo", "Send the fellow's data-use agreement", 48)
                                                            .done(49))
                                            .minutes(
                                                    "Three strong candidates; the fellowship pays for six months.",
                                                    "The first fellow works on the household consumption dataset."),
                                    checkIn(62, "The fellow's first weeks", came("niccolo")),
                                    checkIn(
                                            34,
                                            "Data-sharing agreement and anonymisation",
                                            came("niccolo", "aisha"),
                                            us("Review the draft data story", 27)
                                                    .done(27),
                                            them("aisha", "Publish the first data story", 13)
                                                    .done(14)),
                                    checkIn(20, "The fellow's mid-term review", came("niccolo")),
                                    checkIn(
                                                    6,
                                                    "Release plan for the dataset",
                                                    came("niccolo", "chiara"),
                                                    us("Draft the dataset's licence", -5),
                                                    them("niccolo", "Confirm the second fellow's start date", -12))
                                            .minutes(
                                                    "Nobody at Civica owns the dataset release yet, and we never asked what Civica "
                                                            + "itself wants from the fellowship.",
                                                    null)))),
            Map.entry(
                    "soren",
                    new Rhythm(
                            "Nordlys Design, Vesterbrogade 24, Copenhagen",
                            "https://meet.example/nordlys",
                            List.of(
                                    meet(
                                            200,
                                            MeetingType.KICKOFF,
                                            "Kick-off of the brand refresh",
                                            came("soren", "emma")),
                                    checkIn(
                                            120,
                                            "Reviewing the component library",
                                            came("emma"),
                                            them("emma", "Deliver the accessible colour palette", 100)
                                                    .done(102)),
                                    checkIn(
                                            70,
                                            "Retainer scope for next year",
                                            came("soren", "emma"),
                                            us("Decide on an in-house design team", 50)
                                                    .done(52)),
                                    checkIn(
                                                    40,
                                                    "The handover plan",
                                                    came("soren", "emma"),
                                                    them("emma", "Document the design-token naming rules", 30)
                                                            .done(24),
                                                    them(
                                                            "emma",
                                                            "Hand over the Figma source files with their history",
                                                            25),
                                                    them("soren", "Send the final export of the brand assets", 18),
                                                    us("Give the in-house team access to the design repository", 35)
                                                            .done(36))
                                            .minutes(
                                                    "Søren agreed to a handover in four parts.",
                                                    "Source files, tokens, documentation, then a recorded walkthrough; "
                                                            + "Emma owns the handover on Nordlys' side."),
                                    checkIn(
                                                    10,
                                                    "Handing over the component library",
                                                    came("emma"),
                                                    them("emma", "Record a walkthrough of the component library", 5),
                                                    us("Settle the last retainer invoice", -10))
                                            .minutes(
                                                    "Emma is stretched across two new clients: the source files and the asset export "
                                                            + "are still missing.",
                                                    null)))),
            Map.entry(
                    "oliver",
                    new Rhythm(
                            "Atlas Freight Systems, 20 Canada Square, London",
                            "https://meet.example/atlas",
                            List.of(
                                    meet(
                                            180,
                                            MeetingType.KICKOFF,
                                            "Integration design",
                                            came("amara", "oliver"),
                                            them("amara", "Send the API sandbox credentials", 170)
                                                    .done(170)),
                                    checkIn(
                                            150,
                                            "The pilot depots go live",
                                            came("amara"),
                                            us("Train the dispatchers in both depots", 135)
                                                    .done(137)),
                                    checkIn(
                                            112,
                                            "The company-wide licence",
                                            came("oliver", "jonas"),
                                            them("jonas", "Pilot the driver app in the Leeds depot", 95)
                                                    .dropped(98)),
                                    checkIn(
                                            82,
                                            "Roadmap follow-up",
                                            came("jonas"),
                                            them("jonas", "Share the roadmap for multi-stop routing", 60)
                                                    .done(62),
                                            us("Send the depot usage figures", 60)
                                                    .done(59)),
                                    checkIn(
                                            52,
                                            "Licence usage review",
                                            came("oliver", "amara"),
                                            us("Collect feedback from the drivers", 30)
                                                    .done(31),
                                            them("oliver", "Send the renewal terms with the SLA credits", -14))))),
            Map.entry(
                    "monica",
                    new Rhythm(
                            "Mercado Vivo, Carrer de Pere IV 80, Barcelona",
                            "https://meet.example/mercado-vivo",
                            List.of(
                                    meet(
                                            98,
                                            MeetingType.KICKOFF,
                                            "Launch of the three-year programme",
                                            came("monica", "paloma", "rafael"),
                                            them("monica", "Send the brief for the member app", 85)
                                                    .done(86),
                                            us("Set up the shared-savings dashboard", 60)
                                                    .done(62)),
                                    checkIn(84, "The member app brief", came("paloma", "monica")),
                                    checkIn(
                                            70,
                                            "Plan of the members' campaign",
                                            came("paloma"),
                                            them("paloma", "Share the member survey results", 50)
                                                    .done(51)),
                                    checkIn(
                                            56,
                                            "First savings figures",
                                            came("paloma", "rafael"),
                                            us("Translate the member app into Catalan", 40)
                                                    .dropped(42)),
                                    checkIn(
                                            45,
                                            "Monthly review",
                                            came("paloma"),
                                            us("Send the savings report ahead of the board", 25)
                                                    .done(25),
                                            them("rafael", "Approve the phase-two budget", 20)),
                                    checkIn(31, "Redesign of the member app", nobody())
                                            .minutes(
                                                    "No one from Mercado Vivo joined. Paloma wrote later that the week went on budget "
                                                            + "talks.",
                                                    null),
                                    checkIn(
                                                    17,
                                                    "Savings report for the board",
                                                    came("paloma"),
                                                    them("paloma", "Confirm the stores for the next campaign", -3))
                                            .minutes(
                                                    "Paloma alone, and in a hurry; Mónica and Rafael sent apologies at the last minute.",
                                                    null),
                                    checkIn(3, "The phase-two budget", nobody())
                                            .minutes(
                                                    "Nobody joined again. Ask Mónica directly how the programme sits with their new "
                                                            + "priorities, before assuming anything.",
                                                    null)))),
            Map.entry(
                    "zoe",
                    new Rhythm(
                            "The café on the ground floor",
                            "https://meet.example/zoe-mentoring",
                            List.of(
                                    meet(
                                            76,
                                            MeetingType.KICKOFF,
                                            "Her goals for the year",
                                            came("zoe"),
                                            them("zoe", "Write down three goals for the year", 70)
                                                    .done(66)),
                                    checkIn(
                                            62,
                                            "Her first partner brief",
                                            came("zoe"),
                                            them("zoe", "Draft the Solara partner brief", 50)
                                                    .done(51),
                                            us("Introduce Zoë to Lucía", 55).done(56)),
                                    checkIn(48, "Reading a partnership's health", came("zoe")),
                                    checkIn(
                                            33,
                                            "Practising a difficult renewal conversation",
                                            came("zoe"),
                                            them("zoe", "Write up what she learned from the role-play", 26)
                                                    .done(27)),
                                    checkIn(
                                            19,
                                            "Shadowing the Vallecas pilot",
                                            came("zoe"),
                                            them("zoe", "Prepare the agenda of the steering-group rehearsal", 12)
                                                    .done(13),
                                            us("Share my steering-group checklist", 15)
                                                    .done(15)),
                                    checkIn(
                                            5,
                                            "Preparing her first steering group",
                                            came("zoe"),
                                            us("Give feedback on her steering-group plan", -2),
                                            them("zoe", "Run the steering-group rehearsal", -9))))),
            Map.entry(
                    "ngozi",
                    new Rhythm(
                            "Harbour Ventures, 5 Pancras Square, London",
                            "https://meet.example/ngozi",
                            List.of(
                                    checkIn(
                                            200,
                                            "Revenue-share models",
                                            came("ngozi"),
                                            us("Send Ngozi our revenue-share draft", 190)
                                                    .done(192)),
                                    checkIn(165, "Structuring shared risk", came("ngozi")),
                                    checkIn(
                                            100,
                                            "Format of the autumn workshop",
                                            came("ngozi"),
                                            them("ngozi", "Introduce two founders for the workshop", 90)
                                                    .done(95),
                                            us("Write the workshop invitation", 80)
                                                    .done(81)),
                                    checkIn(
                                            70,
                                            "Preparing the autumn workshop",
                                            came("ngozi"),
                                            them("ngozi", "Review the workshop case study", 45)
                                                    .done(46),
                                            us("Send the workshop feedback summary", 40)
                                                    .done(41))))),
            Map.entry(
                    "priya",
                    new Rhythm(
                            "Finance floor, room 4.2",
                            "https://meet.example/budget-review",
                            List.of(
                                    meet(
                                            80,
                                            MeetingType.KICKOFF,
                                            "First budget review",
                                            came("priya"),
                                            them("priya", "Share the budget template", 70)
                                                    .done(72)),
                                    checkIn(
                                            50,
                                            "A format for the contribution ledger",
                                            came("priya"),
                                            us("Fill in the contributions for the second quarter", 30)
                                                    .done(30)),
                                    checkIn(
                                            19,
                                            "Second-quarter review",
                                            came("priya"),
                                            us("Send the Mercado Vivo savings figures", -5),
                                            them("priya", "Check the Solara budget against the framework", -12))))),
            Map.entry(
                    "federica",
                    new Rhythm(
                            "Tessitura Alpina, Via Cervo 12, Biella",
                            "https://meet.example/tessitura",
                            List.of(checkIn(
                                    9,
                                    "Catalogue requirements",
                                    came("matteo"),
                                    us("Send the proposal in Italian", 4).done(4),
                                    them("matteo", "Share sample fabric photos and the price list", -5))))),
            Map.entry(
                    "elif",
                    new Rhythm(
                            "Lumen Health, Avenida da Liberdade 110, Lisbon",
                            "https://meet.example/lumen-pilot",
                            List.of(
                                    meet(190, MeetingType.INFORMAL, "Scope of a pilot", came("elif")),
                                    meet(
                                            150,
                                            MeetingType.KICKOFF,
                                            "Pilot in two clinics",
                                            came("elif", "francois", "ana"),
                                            them("ana", "Train the front-desk staff in both clinics", 130)
                                                    .done(130)),
                                    checkIn(
                                            110,
                                            "First month of scheduling data",
                                            came("elif", "ana"),
                                            us("Fix the double-booking bug", 100)
                                                    .done(100)),
                                    checkIn(
                                            85,
                                            "Feedback from the clinics",
                                            came("elif"),
                                            them("ana", "Collect staff feedback from both clinics", 70)
                                                    .done(71)),
                                    checkIn(
                                            60,
                                            "Pilot results",
                                            came("francois", "elif"),
                                            us("Share the pilot results report", 50)
                                                    .done(50)),
                                    checkIn(
                                            26,
                                            "A date for the retrospective",
                                            came("elif"),
                                            them("francois", "Export the scheduling data for the retrospective", 12)
                                                    .done(14),
                                            us("Prepare the closing retrospective", -8))))));

    private static Meet meet(int daysAgo, MeetingType type, String topic, List<String> came, Promise... actions) {
        return new Meet(daysAgo, type, topic, came, null, null, List.of(actions));
    }

    private static Meet checkIn(int daysAgo, String topic, List<String> came, Promise... actions) {
        return meet(daysAgo, MeetingType.CHECK_IN, topic, came, actions);
    }

    private static List<String> came(String... people) {
        return List.of(people);
    }

    private static List<String> nobody() {
        return List.of();
    }

    private static Promise us(String what, int dueDaysAgo) {
        return new Promise(OwnerSide.US, null, what, dueDaysAgo, CommitmentStatus.OPEN, 0);
    }

    private static Promise them(String person, String what, int dueDaysAgo) {
        return new Promise(OwnerSide.THEM, person, what, dueDaysAgo, CommitmentStatus.OPEN, 0);
    }
}
