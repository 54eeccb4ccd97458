package dev.tandem.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The demo's organisations and people: fixed, fictional, on reserved {@code .example} domains. */
final class DemoCast {

    record Org(String key, String name, String website, String industry, String size, List<String> tags,
            String notes) {
    }

    /** A person; {@code org} is an {@link Org#key()} or null for someone on their own. */
    record Person(String key, String given, String family, @Nullable String org, String title,
            @Nullable String department, String email, String phone, List<String> tags, String language,
            String timeZone, String howWeMet) {

        String displayName() {
            return given + " " + family;
        }
    }

    private DemoCast() {
    }

    static final List<Org> ORGANIZATIONS = List.of(
            new Org("solara", "Solara Energía", "https://solara-energia.example", "Renewable energy", "201-1000",
                    List.of("energy", "spain"), "Community solar developer based in Madrid."),
            new Org("civica", "Civica Lab", "https://civicalab.example", "Civic technology", "11-50",
                    List.of("non-profit", "open data"), "Milan non-profit building open-data tools for city councils."),
            new Org("nordlys", "Nordlys Design", "https://nordlys.example", "Design studio", "11-50",
                    List.of("design"), "Copenhagen studio behind our brand and design system."),
            new Org("atlas", "Atlas Freight Systems", "https://atlasfreight.example", "Logistics software", "201-1000",
                    List.of("software", "supplier"), "Route-planning software for field teams."),
            new Org("kestrel", "Kestrel Cloud", "https://kestrel-cloud.example", "Cloud hosting", "51-200",
                    List.of("hosting", "supplier"), "Managed hosting; hosted our customer portal for three years."),
            new Org("mercado", "Mercado Vivo", "https://mercadovivo.example", "Food retail cooperative", "1001-5000",
                    List.of("retail", "cooperative"), "Barcelona food cooperative with 140 stores."),
            new Org("tessitura", "Tessitura Alpina", "https://tessitura-alpina.example", "Textile manufacturing",
                    "201-1000", List.of("manufacturing", "family business"), "Family-run wool mill near Biella."),
            new Org("ponte", "Fondazione Ponte", "https://fondazioneponte.example", "Philanthropy", "11-50",
                    List.of("foundation", "youth"), "Turin foundation funding tech careers for young people."),
            new Org("brightwell", "Brightwell Analytics", "https://brightwell.example", "Data consultancy", "51-200",
                    List.of("data"), "Dublin consultancy; helped with our first partner dashboards."),
            new Org("lumen", "Lumen Health", "https://lumenhealth.example", "Digital health", "51-200",
                    List.of("health", "start-up"), "Lisbon start-up making clinic scheduling painless."),
            new Org("harbour", "Harbour Ventures", "https://harbourventures.example", "Venture capital", "11-50",
                    List.of("investor"), "Early-stage fund with a strong platform team."));

    static final List<Person> PEOPLE = List.of(
            p("jose", "José", "Núñez", "solara", "Head of Partnerships", "Partnerships", "jose.nunez@solara-energia.example",
                    "+34 612 345 678", List.of("decision maker"), "es", "Europe/Madrid",
                    "Met at the Smart Cities Expo in Barcelona; he came over after our talk on shared data."),
            p("lucia", "Lucía", "Fernández", "solara", "Project Lead", "Community projects",
                    "lucia.fernandez@solara-energia.example", "+34 699 112 233", List.of("pilot"), "es", "Europe/Madrid",
                    "José introduced us for the Vallecas pilot."),
            p("inigo", "Íñigo", "Etxeberria", "solara", "Data Engineer", "Engineering",
                    "inigo.etxeberria@solara-energia.example", "+34 688 450 120", List.of("technical"), "es",
                    "Europe/Madrid", "Joined the pilot's data workshop."),
            p("chiara", "Chiara", "Bianchi", "civica", "Executive Director", null, "chiara.bianchi@civicalab.example",
                    "+39 347 123 4567", List.of("decision maker"), "it", "Europe/Rome",
                    "We spoke on the same open-data panel in Bologna."),
            p("niccolo", "Niccolò", "Ferrante", "civica", "Fellowship Coordinator", null,
                    "niccolo.ferrante@civicalab.example", "+39 333 765 4321", List.of(), "it", "Europe/Rome",
                    "Chiara's colleague; runs the fellowship day to day."),
            p("aisha", "Aïsha", "Benali", "civica", "Data Journalist", null, "aisha.benali@civicalab.example",
                    "+39 320 555 0199", List.of("writer"), "en", "Europe/Rome", "Led the data-story sprint."),
            p("soren", "Søren", "Kjær", "nordlys", "Creative Director", null, "soren.kjaer@nordlys.example",
                    "+45 20 12 34 56", List.of("design"), "en", "Europe/Copenhagen",
                    "Recommended by a friend after our old brand stopped fitting."),
            p("emma", "Emma", "Lindqvist", "nordlys", "Design Lead", null, "emma.lindqvist@nordlys.example",
                    "+45 31 22 44 10", List.of("design"), "en", "Europe/Copenhagen", "Søren's design lead on our account."),
            p("oliver", "Oliver", "Hughes", "atlas", "Account Manager", "Sales", "oliver.hughes@atlasfreight.example",
                    "+44 20 7946 0321", List.of(), "en", "Europe/London", "Reached out after a logistics webinar."),
            p("amara", "Amara", "Nwosu", "atlas", "Solutions Engineer", "Customer engineering",
                    "amara.nwosu@atlasfreight.example", "+44 20 7946 0412", List.of("technical"), "en", "Europe/London",
                    "Designed our integration with Atlas."),
            p("jonas", "Jonas", "Weiß", "atlas", "Product Manager", "Product", "jonas.weiss@atlasfreight.example",
                    "+49 30 901820 77", List.of(), "en", "Europe/Berlin", "Met at the joint roadmap session."),
            p("bjorn", "Björn", "Åberg", "kestrel", "Customer Success Manager", null, "bjorn.aberg@kestrel-cloud.example",
                    "+46 8 123 456 70", List.of(), "en", "Europe/Stockholm", "Our contact at Kestrel since the migration."),
            p("sophie", "Sophie", "Wright", "kestrel", "Account Executive", "Sales", "sophie.wright@kestrel-cloud.example",
                    "+44 20 7946 0877", List.of(), "en", "Europe/London", "Signed the hosting contract with us."),
            p("monica", "Mónica", "Peña", "mercado", "Head of Digital", "Digital", "monica.pena@mercadovivo.example",
                    "+34 622 908 117", List.of("decision maker"), "es", "Europe/Madrid",
                    "Answered our tender for a loyalty platform."),
            p("rafael", "Rafael", "Domínguez", "mercado", "CFO", "Finance", "rafael.dominguez@mercadovivo.example",
                    "+34 630 441 902", List.of("budget holder"), "es", "Europe/Madrid", "Joined for the contract talks."),
            p("paloma", "Paloma", "Ríos", "mercado", "Loyalty Programme Manager", "Members",
                    "paloma.rios@mercadovivo.example", "+34 677 203 558", List.of(), "es", "Europe/Madrid",
                    "Ran the store pilot with us."),
            p("federica", "Federica", "Conti", "tessitura", "CEO", null, "federica.conti@tessitura-alpina.example",
                    "+39 015 840 2231", List.of("decision maker"), "it", "Europe/Rome",
                    "Met at a trade fair in Florence; third generation running the mill."),
            p("matteo", "Matteo", "Galli", "tessitura", "E-commerce Manager", "Sales", "matteo.galli@tessitura-alpina.example",
                    "+39 349 118 2207", List.of(), "it", "Europe/Rome", "Federica's lead for the catalogue."),
            p("giulia", "Giulia", "Esposito", "ponte", "Programme Director", null, "giulia.esposito@fondazioneponte.example",
                    "+39 011 562 7780", List.of("decision maker"), "it", "Europe/Rome",
                    "Called us after reading about our mentoring programme."),
            p("isabella", "Isabella", "Moretti", "ponte", "Grants Officer", null, "isabella.moretti@fondazioneponte.example",
                    "+39 011 562 7791", List.of(), "it", "Europe/Rome", "Handles the foundation's funding rounds."),
            p("daniel", "Daniel", "O'Connor", "brightwell", "Principal Consultant", null,
                    "daniel.oconnor@brightwell.example", "+353 1 555 0142", List.of("connector"), "en", "Europe/Dublin",
                    "Worked together on our first partner dashboards; introduced us to Ngozi."),
            p("mei", "Mei Lin", "Chen", "brightwell", "Data Scientist", null, "meilin.chen@brightwell.example",
                    "+353 1 555 0178", List.of("technical"), "en", "Europe/Dublin", "Built the health-score prototype."),
            p("francois", "François", "Lefèvre", "lumen", "CTO", null, "francois.lefevre@lumenhealth.example",
                    "+351 21 123 4567", List.of("technical"), "en", "Europe/Lisbon", "Met at a health-tech meetup in Lisbon."),
            p("elif", "Elif", "Yıldız", "lumen", "Head of Product", "Product", "elif.yildiz@lumenhealth.example",
                    "+351 91 234 5678", List.of(), "en", "Europe/Lisbon", "Owns the clinic pilot on Lumen's side."),
            p("ana", "Ana Sofía", "Ruiz", "lumen", "Clinical Lead", "Clinics", "anasofia.ruiz@lumenhealth.example",
                    "+351 93 876 5432", List.of(), "es", "Europe/Lisbon", "Trained the clinic staff with us."),
            p("ngozi", "Ngozi", "Okafor", "harbour", "Partner", null, "ngozi.okafor@harbourventures.example",
                    "+44 20 7946 0555", List.of("mentor"), "en", "Europe/London", "Daniel O'Connor introduced us."),
            p("zoe", "Zoë", "Clarke", null, "Partnerships Associate", "Partnerships", "zoe.clarke@inbox.example",
                    "+44 7700 900123", List.of("mentee"), "en", "Europe/London", "Asked me to mentor her after her first month."),
            p("kwame", "Kwame", "Mensah", null, "Product Manager", "Product", "kwame.mensah@inbox.example",
                    "+44 7700 900456", List.of("mentee"), "en", "Europe/London", "Asked for a mentor through the company programme."),
            p("tomas", "Tomás", "Herrera", null, "UX Researcher", null, "tomas.herrera@inbox.example",
                    "+52 55 1234 5678", List.of("research"), "es", "America/Mexico_City",
                    "Met after his talk on research operations."),
            p("hiroshi", "Hiroshi", "Tanaka", null, "Community Organiser", null, "hiroshi.tanaka@inbox.example",
                    "+49 151 2345 6789", List.of("community"), "en", "Europe/Berlin", "Sat next to each other at a product meetup."),
            p("priya", "Priya", "Raman", null, "Finance Business Partner", "Finance", "priya.raman@inbox.example",
                    "+44 7700 900789", List.of("colleague"), "en", "Europe/London", "Our finance partner for partnership budgets."),
            p("marco", "Marco", "De Luca", null, "Sales Director", "Sales", "marco.deluca@inbox.example",
                    "+39 345 678 9012", List.of("colleague"), "it", "Europe/Rome", "Leads sales; hands new partners over to us."),
            p("carmen", "Carmen", "Ortega", null, "Independent Consultant", null, "carmen.ortega@inbox.example",
                    "+34 655 321 987", List.of("connector"), "es", "Europe/Madrid",
                    "Old colleague; knows everyone in Spanish retail."));

    private static Person p(String key, String given, String family, @Nullable String org, String title,
            @Nullable String department, String email, String phone, List<String> tags, String language, String zone,
            String howWeMet) {
        return new Person(key, given, family, org, title, department, email, phone, tags, language, zone, howWeMet);
    }
}
