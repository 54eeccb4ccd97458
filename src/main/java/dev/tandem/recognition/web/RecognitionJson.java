package dev.tandem.recognition.web;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.recognition.Contributor;
import dev.tandem.recognition.Kudos;
import dev.tandem.recognition.KudosView;
import dev.tandem.recognition.MilestoneDetails;
import dev.tandem.recognition.MilestoneView;
import dev.tandem.recognition.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON of the recognition API. */
final class RecognitionJson {

    private RecognitionJson() {}

    record PersonJson(
            @NotNull(message = "{validation.required}") Side side,
            @NotNull(message = "{validation.required}") UUID personId) {

        Contributor contributor() {
            return new Contributor(side, personId);
        }
    }

    record MilestoneRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = MilestoneDetails.TITLE_LENGTH, message = "{validation.size.max}")
            String title,

            @NotNull(message = "{validation.required}") LocalDate reachedOn,

            @Nullable @Size(max = MilestoneDetails.TEXT_LENGTH, message = "{validation.size.max}")
            String achieved,

            @Nullable @Size(max = MilestoneDetails.MAX_LINKS, message = "{validation.size.max}")
            List<@Valid PersonJson> contributors,

            @Nullable @Size(max = MilestoneDetails.MAX_LINKS, message = "{validation.size.max}")
            List<UUID> goalIds,

            @Nullable @Size(max = MilestoneDetails.MAX_LINKS, message = "{validation.size.max}")
            List<UUID> keyResultIds) {

        MilestoneDetails details() {
            return new MilestoneDetails(
                    title,
                    reachedOn,
                    achieved,
                    contributors == null
                            ? List.of()
                            : contributors.stream().map(PersonJson::contributor).toList(),
                    goalIds == null ? List.of() : goalIds,
                    keyResultIds == null ? List.of() : keyResultIds);
        }
    }

    record NamedJson(Side side, UUID personId, String name) {

        static NamedJson of(Named n) {
            return new NamedJson(n.who().side(), n.who().personId(), n.name());
        }
    }

    record KudosRequest(
            @NotNull(message = "{validation.required}") Side side,
            @NotNull(message = "{validation.required}") UUID personId,
            @Nullable UUID milestoneId,

            @NotBlank(message = "{validation.required}")
            @Size(max = Kudos.MESSAGE_LENGTH, message = "{validation.size.max}")
            String message,

            @Nullable Visibility visibility) {}

    record KudosJson(
            UUID id,
            UUID partnershipId,
            NamedJson to,
            @Nullable UUID milestoneId,
            String message,
            String from,
            LocalDate givenOn,
            Visibility visibility) {

        static KudosJson of(KudosView v) {
            var k = v.kudos();
            return new KudosJson(
                    k.id(),
                    k.partnershipId(),
                    new NamedJson(k.to().side(), k.to().personId(), v.toName()),
                    k.milestoneId(),
                    k.message(),
                    v.fromName(),
                    k.givenOn(),
                    k.visibility());
        }
    }

    record MilestoneJson(
            UUID id,
            UUID partnershipId,
            String title,
            LocalDate reachedOn,
            @Nullable String achieved,
            List<NamedJson> contributors,
            List<UUID> goalIds,
            List<UUID> keyResultIds,
            List<KudosJson> kudos,
            boolean celebrated,
            long version) {

        static MilestoneJson of(MilestoneView v) {
            var m = v.milestone();
            var d = m.details();
            return new MilestoneJson(
                    m.id(),
                    m.partnershipId(),
                    d.title(),
                    d.reachedOn(),
                    d.achieved(),
                    v.contributors().stream().map(NamedJson::of).toList(),
                    d.goalIds(),
                    d.keyResultIds(),
                    v.kudos().stream().map(KudosJson::of).toList(),
                    v.celebrated(),
                    m.version());
        }
    }
}
