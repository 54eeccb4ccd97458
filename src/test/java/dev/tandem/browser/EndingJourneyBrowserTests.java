package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TestClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ending a vendor partnership well, in Italian, in a real (headless) Chromium: given a vendor with an achieved goal
 * and a contract with a notice period (set up through the API), open "Chiusura" from the partnership, start the
 * vendor playbook, write the needs, read the Italian draft with the facts in it, and finish: the partnership ends.
 * Then a recurring coffee, in Italian: plan the monthly meetup on the meetups page, open "Chiusura" from the
 * contact, redirect the coffee to the meetup (the draft names it), and the contact is invited. Screenshots at 1280
 * and 390 px, in Italian and English, in target/screenshots. Last, a deferred coffee stays off "losing touch", the
 * meetup is edited (a bad field shown inline), and a coffee redirected to it offers the meetup's invitation file.
 */
class EndingJourneyBrowserTests extends BrowserTest {

    @Autowired
    TestClock clock;

    @Test
    void endAVendorPartnershipInItalian() throws Exception {
        String email = signUp("ada", "Ada Rossi", "Officina");
        String marco = id(api(ws("/contacts"), """
                {"displayName":"Marco Bianchi","givenName":"Marco","emails":["marco@nuvola.example"],"phones":[],
                 "tags":[],"preferredLanguage":"it"}"""));
        String nuvola = id(api(ws("/partnerships"), """
                {"name":"Nuvola hosting","kind":"VENDOR","contactId":"%s"}""".formatted(marco)));
        String goal = id(api(
                ws("/partnerships/" + nuvola + "/goals"),
                "{\"title\":\"Migrazione della fatturazione\",\"dueOn\":\"2099-12-31\",\"status\":\"ACHIEVED\"}"));
        assertThat(goal).isNotBlank();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api(ws("/partnerships/" + nuvola + "/contracts"), """
                {"title":"Hosting gestito","counterparty":"Nuvola Srl","startsOn":"2025-01-01","endsOn":"%s",
                 "noticeDays":60,"terminationCost":"tre mensilità di canone","transitionPlan":"Sei settimane in parallelo"}""".formatted(today.plusDays(80)));

        logIn(email);
        chooseLanguage("it");

        open("/w/" + workspace + "/partnerships/" + nuvola);
        click(driver.findElement(By.linkText("Chiusura")));
        waitForText(By.cssSelector("main h1"), "Chiudere bene");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Hosting gestito", "60 giorni", "tre mensilità di canone");
        shots("endings-ending", "it");

        driver.findElement(By.xpath("//form[.//h3[text()='Un fornitore che non fa più al caso nostro']]//button"))
                .click();
        waitForText(By.cssSelector("main h1"), "Percorso: Un fornitore che non fa più al caso nostro");
        assertThat(driver.findElement(By.cssSelector(".partnership-side")).getText())
                .contains("Migrazione della fatturazione", "tre mensilità di canone");
        driver.findElement(By.cssSelector("input[name=checked]")).click();
        driver.findElement(By.cssSelector("button[name=next]")).click();
        waitForText(By.id("step-heading"), "Le tue esigenze");
        type("notes", "Oggi ci serve assistenza anche nel fine settimana.");
        driver.findElement(By.cssSelector("input[name=checked]")).click();
        driver.findElement(By.cssSelector("button[name=next]")).click();
        waitForText(By.id("step-heading"), "Il contratto");
        driver.findElement(By.cssSelector("button[name=next]")).click();
        waitForText(By.id("step-heading"), "Il messaggio");
        String draft = driver.findElement(By.id("draft-body")).getDomProperty("value");
        assertThat(draft)
                .contains(
                        "Gentile Marco",
                        "Migrazione della fatturazione",
                        "Oggi ci serve assistenza anche nel fine settimana.",
                        "preavviso di 60 giorni",
                        "tre mensilità di canone",
                        "piano di transizione");
        shots("endings-run-message", "it");
        driver.findElement(By.cssSelector("button[name=next]")).click();
        waitForText(By.id("step-heading"), "Il passaggio di consegne");
        type("reason", "Passiamo a un fornitore con assistenza continua");
        driver.findElement(By.cssSelector("#finish-heading + form button")).click();
        waitForText(By.cssSelector(".partnership-badges .stage"), "Conclusa");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Percorso concluso");

        chooseLanguage("en");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/ending");
        waitForText(By.cssSelector("main h1"), "Ending well");
        shots("endings-ending", "en");
        driver.findElement(By.cssSelector(".list a")).click();
        waitForText(By.cssSelector("main h1"), "Playbook");
        shots("endings-run-finished", "en");
    }

    @Test
    void redirectACoffeeToTheMonthlyMeetupInItalian() throws Exception {
        String email = signUp("ada", "Ada Rossi", "Officina");
        String giulia = id(api(ws("/contacts"), """
                {"displayName":"Giulia Neri","givenName":"Giulia","emails":["giulia@example.org"],"phones":[],
                 "department":"Supporto","tags":["dati"],"preferredLanguage":"it"}"""));
        api(ws("/contacts"), """
                {"displayName":"Marta Bianchi","emails":[],"phones":[],"department":"Ricerca","tags":["dati"]}""");
        String coffee = id(api(ws("/partnerships"), """
                {"name":"Caffè con Giulia","kind":"NETWORK","contactId":"%s"}""".formatted(giulia)));
        String mentoring = id(api(ws("/partnerships"), """
                {"name":"Mentoring di Giulia","kind":"MENTEE","contactId":"%s"}""".formatted(giulia)));
        LocalDate firstFriday =
                LocalDate.now(ZoneOffset.UTC).plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));

        logIn(email);
        chooseLanguage("it");

        // The monthly meetup, planned on the meetups page: first Friday, 17:30 in Rome, at Caffè Centrale.
        open("/w/" + workspace + "/meetups");
        waitForText(By.cssSelector("main h1"), "Incontri di gruppo");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Nessun incontro di gruppo");
        shots("endings2-meetups-empty", "it");
        type("title", "Aperitivo del primo venerdì");
        value("startsOn", firstFriday.toString());
        value("startsAt", "17:30");
        type("timeZone", "Europe/Rome");
        type("place", "Caffè Centrale");
        click(driver.findElement(By.cssSelector("#plan-meetup-heading + form button[type=submit]")));
        waitForText(By.cssSelector("main h1"), "Aperitivo del primo venerdì");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("17:30", "FREQ=MONTHLY;BYDAY=1FR");
        String meetupPage = path();

        // From the contact page: "Chiusura", then the coffee playbook, redirected to the meetup.
        open("/w/" + workspace + "/contacts/" + giulia);
        wait.until(d -> !d.findElements(By.cssSelector(".ending-link a")).isEmpty());
        shots("endings2-contact-entry", "it");
        click(driver.findElement(By.cssSelector(".ending-link a")));
        waitForText(By.cssSelector("main h1"), "Chiudere bene");
        shots("endings2-contact-ending", "it");
        click(driver.findElement(By.xpath("//article[.//a[text()='Caffè con Giulia']]//form//button")));
        waitForText(By.id("step-heading"), "Rimanda o reindirizza");
        type("notes", "in questo periodo non riesco a tenere i caffè a tu per tu.");
        click(driver.findElement(By.cssSelector("input[name=choice][value=REDIRECT]")));
        click(driver.findElement(By.cssSelector("input[name=checked]")));
        shots("endings2-coffee-choose", "it");
        click(driver.findElement(By.cssSelector("button[name=next]")));
        waitForText(By.id("step-heading"), "Il messaggio");
        String draft = driver.findElement(By.id("draft-body")).getDomProperty("value");
        assertThat(draft)
                .contains(
                        "Ciao Giulia",
                        "non riesco a tenere i caffè a tu per tu",
                        "Aperitivo del primo venerdì",
                        "venerdì",
                        "da Caffè Centrale");
        shots("endings2-coffee-message", "it");
        type("reason", "Ci vediamo all’aperitivo del mese");
        click(driver.findElement(By.cssSelector("#finish-heading + form button")));
        waitForText(By.cssSelector(".partnership-badges .stage"), "In pausa");
        open(meetupPage);
        waitForText(By.cssSelector(".partnership-side"), "Giulia Neri");
        shots("endings2-meetup", "it");

        // The mentee playbook's introductions step, with a suggestion from another department.
        String run = id(api(ws("/partnerships/" + mentoring + "/playbook-runs"), "{\"playbook\":\"MENTEE\"}"));
        open("/w/" + workspace + "/playbook-runs/" + run + "?step=3");
        waitForText(By.id("step-heading"), "Presentazioni");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Marta Bianchi", "Ricerca");
        shots("endings2-mentee-introductions", "it");

        chooseLanguage("en");
        open("/w/" + workspace + "/meetups");
        waitForText(By.cssSelector("main h1"), "Group meetups");
        shots("endings2-meetups", "en");
        open(meetupPage);
        waitForText(By.cssSelector(".partnership-side"), "Giulia Neri");
        shots("endings2-meetup", "en");
        open("/w/" + workspace + "/contacts/" + giulia);
        wait.until(d -> !d.findElements(By.cssSelector(".ending-link a")).isEmpty());
        shots("endings2-contact-entry", "en");
        open("/w/" + workspace + "/playbook-runs/" + run + "?step=3");
        waitForText(By.id("step-heading"), "Introductions");
        shots("endings2-mentee-introductions", "en");
        open("/w/" + workspace + "/playbook-runs/" + run + "?step=4");
        waitForText(By.id("step-heading"), "The message");
        shots("endings2-mentee-message", "en");
    }

    @Test
    void deferACoffeeEditTheMeetupAndTakeItsInvitationInItalian() throws Exception {
        String email = signUp("ada", "Ada Rossi", "Officina");
        String luca = id(api(ws("/contacts"), """
                {"displayName":"Luca Verdi","givenName":"Luca","emails":["luca@example.org"],"phones":[],
                 "tags":[],"preferredLanguage":"it"}"""));
        String sara = id(api(ws("/contacts"), """
                {"displayName":"Sara Conti","emails":[],"phones":[],"tags":[]}"""));
        String lucaCoffee = id(api(ws("/partnerships"), """
                {"name":"Caffè con Luca","kind":"NETWORK","contactId":"%s","cadenceIdealDays":2,
                 "cadenceMaxDays":3}""".formatted(luca)));
        String saraCoffee = id(api(ws("/partnerships"), """
                {"name":"Caffè con Sara","kind":"NETWORK","contactId":"%s","cadenceIdealDays":2,
                 "cadenceMaxDays":3}""".formatted(sara)));
        LocalDate firstFriday =
                LocalDate.now(ZoneOffset.UTC).plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        String meetup = id(api(ws("/meetups"), """
                {"title":"Aperitivo del primo venerdì","rule":"FREQ=MONTHLY;BYDAY=1FR","timeZone":"Europe/Rome",
                 "startsOn":"%s","startsAt":"17:30","place":"Caffè Centrale"}""".formatted(firstFriday)));
        clock.advance(Duration.ofDays(10));
        try {
            api(ws("/partnerships/" + saraCoffee + "/deferrals"), """
                    {"until":"%s","channel":"un messaggio"}""".formatted(
                            LocalDate.now(clock).plusMonths(3)));

            logIn(email);
            chooseLanguage("it");

            // Losing touch: Luca's coffee is overdue; Sara's, deferred, stays off the list until its date.
            open("/w/" + workspace + "/partnerships/losing-touch");
            waitForText(By.cssSelector("main h1"), "Contatti da riprendere");
            assertThat(driver.findElement(By.cssSelector("main")).getText())
                    .contains("Caffè con Luca", "restano fuori da questo elenco")
                    .doesNotContain("Caffè con Sara");
            shots("endings3-losing-touch", "it");

            // The meetup's edit form: a blank title is shown next to the field, then the time moves to 18:30.
            String meetupPage = "/w/" + workspace + "/meetups/" + meetup;
            open(meetupPage);
            click(driver.findElement(By.linkText("Modifica")));
            waitForText(By.cssSelector("main h1"), "Modifica l’incontro");
            shots("endings3-meetup-edit", "it");
            type("title", " ");
            click(driver.findElement(By.cssSelector("main form button[type=submit]")));
            waitForText(By.cssSelector(".field.invalid .field-error"), "");
            shots("endings3-meetup-edit-error", "it");
            type("title", "Aperitivo del primo venerdì");
            value("startsAt", "18:30");
            click(driver.findElement(By.cssSelector("main form button[type=submit]")));
            waitForText(By.cssSelector("main h1"), "Aperitivo del primo venerdì");
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("18:30", "Incontro aggiornato");

            // Redirecting Luca's coffee: the meetup's invitation (.ics) is offered next to the message.
            String run = id(api(ws("/partnerships/" + lucaCoffee + "/playbook-runs"), "{\"playbook\":\"COFFEE\"}"));
            open("/w/" + workspace + "/playbook-runs/" + run);
            waitForText(By.id("step-heading"), "Rimanda o reindirizza");
            click(driver.findElement(By.cssSelector("input[name=choice][value=REDIRECT]")));
            click(driver.findElement(By.cssSelector("input[name=checked]")));
            click(driver.findElement(By.cssSelector("button[name=next]")));
            waitForText(By.id("step-heading"), "Il messaggio");
            var invitation = driver.findElement(By.cssSelector(".draft-invitation a"));
            assertThat(invitation.getText()).isEqualTo("Invito all’incontro (.ics)");
            assertThat(invitation.getDomAttribute("href")).endsWith("/playbook-runs/" + run + "/invitation.ics");
            shots("endings3-coffee-invitation", "it");

            chooseLanguage("en");
            open("/w/" + workspace + "/partnerships/losing-touch");
            waitForText(By.cssSelector("main h1"), "Losing touch");
            shots("endings3-losing-touch", "en");
            open(meetupPage + "/edit");
            waitForText(By.cssSelector("main h1"), "Edit meetup");
            shots("endings3-meetup-edit", "en");
            open("/w/" + workspace + "/playbook-runs/" + run + "?step=1");
            waitForText(By.id("step-heading"), "The message");
            assertThat(driver.findElement(By.cssSelector(".draft-invitation")).getText())
                    .contains("Meetup invitation (.ics)");
            shots("endings3-coffee-invitation", "en");
        } finally {
            clock.reset();
        }
    }

    /** Sets a date or time input's value as the browser would after picking it. */
    private void value(String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }
}
