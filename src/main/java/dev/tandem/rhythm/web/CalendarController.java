package dev.tandem.rhythm.web;

import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.SignedIn;
import dev.tandem.identity.TandemUser;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.CalendarService;
import dev.tandem.rhythm.CalendarService.CreatedFeed;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.web.CalendarFiles;
import dev.tandem.shared.web.Htmx;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendars: the secret feed a calendar application subscribes to (public: the secret is the credential,
 * and answering it creates no session), the feed's section of the account page, and a meeting as a file.
 */
@Controller
class CalendarController {

    static final String FEED = "rhythm/calendar";
    static final MediaType TEXT_CALENDAR = CalendarFiles.TEXT_CALENDAR;

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    /** The feed; an unknown or revoked secret is a bare 404 (no error page, so no session either). */
    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return calendars
                .feed(secret)
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noCache())
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename("tandem.ics")
                                        .build()
                                        .toString())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound()
                        .cacheControl(CacheControl.noStore())
                        .build());
    }

    /** The feed's state; a fragment for the account page under htmx. */
    @GetMapping("/calendar/feed")
    String state(Htmx htmx, Model model) {
        model.addAttribute("feedSince", calendars.feedSince(me().id()).orElse(null));
        return htmx.isRequest() ? FEED + " :: feed" : FEED;
    }

    /** Makes a new feed address, revoking the old one, and shows it once. */
    @PostMapping("/calendar/feed")
    String reset(Htmx htmx, Model model, RedirectAttributes flash) {
        CreatedFeed created = calendars.reset(me().id());
        String url = calendars.feedUrl(
                created.secret(),
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        if (htmx.isRequest()) {
            model.addAttribute("feedSince", created.createdAt());
            model.addAttribute("feedUrl", url);
            return FEED + " :: feed";
        }
        flash.addFlashAttribute("feedUrl", url);
        return "redirect:/calendar/feed";
    }

    /** Open to the partner's guests too, for their partnerships' meetings (checked by the calendar service). */
    @GetMapping("/w/{workspaceId}/meetings/{id}.ics")
    @OpenToGuests
    ResponseEntity<String> meeting(WorkspaceContext workspace, @PathVariable UUID id) {
        return ics(calendars.meeting(workspace, id, LocaleContextHolder.getLocale()), id);
    }

    static ResponseEntity<String> ics(String body, UUID meeting) {
        return ics(body, "meeting-" + meeting);
    }

    static ResponseEntity<String> ics(String body, String name) {
        return CalendarFiles.download(body, name);
    }

    private static TandemUser me() {
        TandemUser user = SignedIn.current();
        if (user == null) {
            throw new Forbidden("problem.forbidden.detail");
        }
        return user;
    }
}
