package dev.tandem.notify.web;

import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.notify.NotificationKind;
import dev.tandem.notify.NotificationService;
import dev.tandem.notify.Preferences;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's own notification preferences in a workspace: kinds in the app and by mail, and the weekly digest. */
@Controller
@RequiresRole(Role.VIEWER)
class PreferencesController {

    static final String PAGE = "notify/preferences";

    private final NotificationService notifications;

    PreferencesController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/w/{workspaceId}/notifications/preferences")
    String page(WorkspaceContext workspace, Locale locale, Model model) {
        var stored = notifications.preferences(workspace);
        model.addAttribute("form", PreferencesForm.of(stored.preferences(), stored.version()));
        return show(workspace, locale, model);
    }

    @PostMapping("/w/{workspaceId}/notifications/preferences")
    String save(
            WorkspaceContext workspace,
            @Valid @ModelAttribute("form") PreferencesForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return show(workspace, locale, model);
        }
        try {
            notifications.changePreferences(workspace, BasedOn.read(form.getVersion()), form.preferences());
        } catch (Refusal problem) {
            Long now = Forms.changedMeanwhile(
                    problem,
                    model,
                    "notify.preferences.",
                    "/w/" + workspace.workspaceId() + "/notifications/preferences");
            if (now == null) {
                throw problem;
            }
            form.setVersion(now);
            return show(workspace, locale, model);
        }
        Flash.notice(flash, "notify.preferences.saved");
        return "redirect:/w/" + workspace.workspaceId() + "/notifications/preferences";
    }

    /** A choice of a select: what is sent, what is shown. */
    record Option(String value, String label) {}

    private String show(WorkspaceContext workspace, Locale locale, Model model) {
        model.addAttribute("kinds", List.of(NotificationKind.values()));
        model.addAttribute(
                "days",
                EnumSet.allOf(DayOfWeek.class).stream()
                        .map(d -> new Option(d.name(), d.getDisplayName(TextStyle.FULL, locale)))
                        .toList());
        model.addAttribute("hours", IntStream.range(0, 24).boxed().toList());
        model.addAttribute("ws", workspace.workspaceId());
        return PAGE;
    }

    /** The form; unchecked boxes send nothing, so absent lists are empty. */
    static final class PreferencesForm {

        private List<NotificationKind> inApp = List.of();
        private List<NotificationKind> byMail = List.of();
        private boolean digest;
        private DayOfWeek digestDay = DayOfWeek.MONDAY;

        @Min(value = 0, message = "{validation.min}")
        @Max(value = 23, message = "{validation.max}")
        private int digestHour = 8;

        private long version;

        static PreferencesForm of(Preferences p, long version) {
            var form = new PreferencesForm();
            form.inApp = List.copyOf(p.inApp());
            form.byMail = List.copyOf(p.byMail());
            form.digest = p.digest();
            form.digestDay = p.digestDay();
            form.digestHour = p.digestHour();
            form.version = version;
            return form;
        }

        Preferences preferences() {
            return new Preferences(
                    inApp.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(inApp),
                    byMail.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(byMail),
                    digest,
                    digestDay,
                    digestHour);
        }

        public List<NotificationKind> getInApp() {
            return inApp;
        }

        public void setInApp(List<NotificationKind> inApp) {
            this.inApp = inApp;
        }

        public List<NotificationKind> getByMail() {
            return byMail;
        }

        public void setByMail(List<NotificationKind> byMail) {
            this.byMail = byMail;
        }

        public boolean isDigest() {
            return digest;
        }

        public void setDigest(boolean digest) {
            this.digest = digest;
        }

        public DayOfWeek getDigestDay() {
            return digestDay;
        }

        public void setDigestDay(DayOfWeek digestDay) {
            this.digestDay = digestDay;
        }

        public int getDigestHour() {
            return digestHour;
        }

        public void setDigestHour(int digestHour) {
            this.digestHour = digestHour;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
