package dev.tandem.goals.web;

import dev.tandem.goals.OwnGoalKind;
import dev.tandem.goals.OwnGoalService;
import dev.tandem.partnerships.Side;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The "own goal" form. */
class OwnGoalForm {

    @NotNull(message = "{validation.required}")
    private Side side = Side.OURS;

    @NotNull(message = "{validation.required}")
    private OwnGoalKind kind = OwnGoalKind.ORGANISATIONAL;

    @NotBlank(message = "{validation.required}")
    @Size(max = OwnGoalService.TITLE_LENGTH, message = "{validation.size.max}")
    private String title = "";

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public OwnGoalKind getKind() {
        return kind;
    }

    public void setKind(OwnGoalKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
