package dev.tandem.demo;

import dev.tandem.goals.Consultation;
import dev.tandem.partnerships.Side;
import java.util.List;
import java.util.Map;

/**
 * Inclusion and values in the demo: the values their side states in a few partnerships (ours are the story's), and
 * who was consulted on a few shared goals, leaving a voice missing on one of them for the alignment view to show.
 */
final class DemoVoices {

    /** Who was consulted, {@code daysAgo} days before loading. */
    record Voice(Side side, String who, String role, boolean doesTheWork, int daysAgo, Consultation.How how) {}

    /** Their side's values, by the English name of the story. */
    static final Map<String, List<String>> THEIR_VALUES = Map.of(
            "Community solar with Solara Energía", List.of("Sustainability", "Transparency", "Local jobs"),
            "Open-data fellowship with Civica Lab", List.of("Openness", "Learning"));

    /** The voices consulted, by the English title of the shared goal. */
    static final Map<String, List<Voice>> BY_GOAL = Map.of(
            "Power 400 Vallecas homes from shared rooftops",
            List.of(
                    new Voice(
                            Side.THEIRS,
                            "Vallecas residents' association",
                            "Neighbours on the rooftops",
                            false,
                            128,
                            Consultation.How.WORKSHOP),
                    new Voice(
                            Side.THEIRS, "Solara installation crew", "Installers", true, 126, Consultation.How.MEETING),
                    new Voice(Side.OURS, "Programme team", "Pilot coordination", true, 125, Consultation.How.MEETING)),
            "Publish the pilot's energy data as open data",
            List.of(new Voice(Side.OURS, "Data team", "Publishing the data", true, 58, Consultation.How.INTERVIEW)));

    private DemoVoices() {}
}
