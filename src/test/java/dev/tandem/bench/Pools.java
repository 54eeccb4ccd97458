package dev.tandem.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/** The words the generated portfolio is made of: names from several languages (with accents), and work. */
final class Pools {

    static final List<String> GIVEN = List.of(
            "Ada",
            "Alessandro",
            "Aisha",
            "Ana",
            "Andrés",
            "Anna",
            "Antoine",
            "Beatriz",
            "Bjørn",
            "Camille",
            "Carlos",
            "Chiara",
            "Daniel",
            "David",
            "Elena",
            "Élodie",
            "Emma",
            "Fatima",
            "Federico",
            "Francesca",
            "Gabriel",
            "Giulia",
            "Grace",
            "Hannah",
            "Hugo",
            "Inés",
            "Iñigo",
            "Isabel",
            "Jakub",
            "James",
            "Javier",
            "Jiří",
            "José",
            "Julia",
            "Kai",
            "Karin",
            "Laura",
            "Leila",
            "Léa",
            "Lorenzo",
            "Lucía",
            "Łukasz",
            "Maria",
            "Marco",
            "Margot",
            "Martín",
            "Mateo",
            "Mia",
            "Nadia",
            "Niccolò",
            "Noah",
            "Olga",
            "Omar",
            "Paula",
            "Pedro",
            "Priya",
            "Rafael",
            "Rosa",
            "Sara",
            "Sofía",
            "Søren",
            "Stefan",
            "Thomas",
            "Valentina",
            "Victor",
            "Yara",
            "Zoë");

    static final List<String> FAMILY = List.of(
            "Acosta",
            "Andersen",
            "Bauer",
            "Bianchi",
            "Blanco",
            "Bruno",
            "Castro",
            "Colombo",
            "Costa",
            "Díaz",
            "Dubois",
            "Dvořák",
            "Esposito",
            "Fernández",
            "Ferrari",
            "Fischer",
            "Fontana",
            "García",
            "Gómez",
            "Greco",
            "Hansen",
            "Hernández",
            "Hoffmann",
            "Ibáñez",
            "Jensen",
            "Jiménez",
            "Kowalski",
            "Lambert",
            "Laurent",
            "Lombardi",
            "López",
            "Marino",
            "Martín",
            "Martínez",
            "Moreau",
            "Moreno",
            "Müller",
            "Navarro",
            "Nielsen",
            "Novák",
            "Núñez",
            "O'Brien",
            "Okafor",
            "Pérez",
            "Petit",
            "Ricci",
            "Rinaldi",
            "Rivera",
            "Romano",
            "Rossi",
            "Russo",
            "Sánchez",
            "Santos",
            "Schmidt",
            "Schneider",
            "Silva",
            "Suárez",
            "Torres",
            "Vidal",
            "Wagner",
            "Weber",
            "Wiśniewska",
            "Zanetti");

    static final List<String> ORG_WORDS = List.of(
            "Solara",
            "Nordlys",
            "Civica",
            "Verdant",
            "Aurora",
            "Brightwater",
            "Castello",
            "Delta",
            "Ember",
            "Fjord",
            "Granite",
            "Harbor",
            "Iris",
            "Juniper",
            "Kestrel",
            "Lumen",
            "Meridian",
            "Nimbus",
            "Orchard",
            "Pioneer",
            "Quercia",
            "Riverbend",
            "Sierra",
            "Tessera",
            "Umbra",
            "Vela",
            "Willow",
            "Xenia",
            "Yarrow",
            "Zephyr",
            "Alba",
            "Bosco",
            "Cima",
            "Duna",
            "Estrella",
            "Faro",
            "Girasole",
            "Helix");

    static final List<String> ORG_KINDS = List.of(
            "Energía",
            "Lab",
            "Design",
            "Foundation",
            "Analytics",
            "Logistics",
            "Studio",
            "Partners",
            "Collective",
            "Institute",
            "Systems",
            "Cooperative",
            "Health",
            "Learning",
            "Ventures");

    static final List<String> INDUSTRIES = List.of(
            "Energy",
            "Civic tech",
            "Design",
            "Non-profit",
            "Software",
            "Logistics",
            "Education",
            "Healthcare",
            "Finance",
            "Manufacturing",
            "Media",
            "Research");

    static final List<String> SIZES = List.of("1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+");

    static final List<String> TITLES = List.of(
            "Director",
            "Head of partnerships",
            "Programme manager",
            "Founder",
            "Engineer",
            "Product lead",
            "Designer",
            "Account manager",
            "Researcher",
            "Operations lead",
            "CFO",
            "Analyst");

    static final List<String> DEPARTMENTS = List.of(
            "Partnerships", "Engineering", "Operations", "Research", "Finance", "Design", "Sales", "Communications");

    static final List<String> TAGS = List.of(
            "priority", "press", "advisor", "investor", "speaker", "alumni", "board", "technical", "events", "funding");

    static final List<String> LANGUAGES = List.of("en", "it", "es", "de", "fr");

    static final List<String> ZONES =
            List.of("Europe/Rome", "Europe/Madrid", "Europe/London", "Europe/Berlin", "America/New_York", "UTC");

    static final List<String> VALUES = List.of(
            "Sustainability",
            "Transparency",
            "Shared risk",
            "Equity",
            "Openness",
            "Craft",
            "Clear scope",
            "Inclusion",
            "Reliability",
            "Curiosity");

    static final List<String> TOPICS = List.of(
            "pilot results",
            "next quarter's plan",
            "budget review",
            "the shared roadmap",
            "hiring for the project",
            "the data-sharing agreement",
            "launch timing",
            "customer feedback",
            "the joint workshop",
            "a press release",
            "the renewal",
            "handover plan",
            "the grant application",
            "training the new team",
            "the annual report");

    static final List<String> AGENDA = List.of(
            "Status of open commitments",
            "Numbers since last time",
            "Risks and blockers",
            "Decisions needed",
            "Next steps",
            "Introductions",
            "Feedback round");

    static final List<String> COMMITMENTS = List.of(
            "Send the draft agreement",
            "Share the pilot data",
            "Introduce us to the city council",
            "Review the budget",
            "Book the venue for the workshop",
            "Write the case study",
            "Prepare the quarterly report",
            "Set up the shared folder",
            "Confirm the speakers",
            "Fix the integration bug",
            "Send the invoice",
            "Draft the press release",
            "Interview two candidates",
            "Update the roadmap",
            "Collect feedback from users",
            "Share the design files");

    static final List<String> GOALS = List.of(
            "Launch the joint pilot",
            "Grow shared revenue",
            "Publish open data",
            "Train local installers",
            "Reach new markets together",
            "Co-author a research paper",
            "Cut delivery time",
            "Win a joint grant",
            "Build the community of practice",
            "Improve partner satisfaction");

    static final List<String> OWN_GOALS = List.of(
            "Grow my leadership skills",
            "Enter the Spanish market",
            "Publish our impact numbers",
            "Hire a partnerships team",
            "Learn the energy sector",
            "Reduce our carbon footprint",
            "Build a referral pipeline",
            "Become a known speaker");

    /** Metric, unit, baseline, target: the shapes key results take. */
    record Metric(String metric, String unit, int baseline, int target) {}

    static final List<Metric> METRICS = List.of(
            new Metric("Households connected", "homes", 0, 300),
            new Metric("Joint revenue", "k€", 20, 150),
            new Metric("Datasets published", "datasets", 0, 12),
            new Metric("People trained", "people", 0, 80),
            new Metric("Delivery time", "days", 30, 10),
            new Metric("Partner satisfaction", "points", 6, 9),
            new Metric("Defects open", "defects", 40, 5),
            new Metric("Event attendees", "people", 50, 400));

    static final List<String> NOTES = List.of(
            "Good energy in the room; they want to move faster than we do.",
            "Budget is tight until the new fiscal year, so keep the asks small.",
            "Their lead is changing roles; ask who takes over the day-to-day.",
            "We promised the numbers by Friday: do not let it slip again.",
            "Thanks for hosting us last week, the visit helped everyone understand the site.",
            "Summary of the call is in the shared folder; comments welcome before Monday.",
            "They asked for an introduction to our research team.",
            "Consider inviting them to the community meetup on the first Friday of the month.",
            "Contract renewal is due in three months; check the notice period.",
            "The pilot numbers look better than expected, worth a short celebration.");

    private Pools() {}

    static <T> T pick(RandomGenerator random, List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }
}
