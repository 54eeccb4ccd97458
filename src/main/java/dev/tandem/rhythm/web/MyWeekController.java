package dev.tandem.rhythm.web;

import dev.tandem.identity.SignedIn;
import dev.tandem.identity.TandemUser;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.MyWeekService;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My week": my meetings this week and next, the commitments I owe soon, my partnerships losing touch. */
@Controller
class MyWeekController {

    static final String PAGE = "rhythm/my-week";

    private final MyWeekService weeks;

    MyWeekController(MyWeekService weeks) {
        this.weeks = weeks;
    }

    @GetMapping("/w/{workspaceId}/my-week")
    String week(WorkspaceContext workspace, Model model) {
        TandemUser me = SignedIn.current();
        model.addAttribute("week", weeks.of(workspace, me == null ? ZoneOffset.UTC : me.timeZone()));
        return PAGE;
    }
}
