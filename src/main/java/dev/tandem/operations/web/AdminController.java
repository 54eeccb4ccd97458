package dev.tandem.operations.web;

import dev.tandem.operations.BackupService;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The instance administrators' page: the database Tandem runs on, and a backup at the press of a button. */
@Controller
class AdminController {

    static final String ADMIN = "operations/admin";

    private final BackupService backups;

    AdminController(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        var database = backups.status();
        model.addAttribute("database", database);
        model.addAttribute("size", database.sizeBytes() == null ? "" : size(database.sizeBytes()));
        model.addAttribute(
                "lastSize",
                database.lastBackup() == null ? "" : size(database.lastBackup().sizeBytes()));
        return ADMIN;
    }

    @PostMapping("/admin/backups")
    String backUp(RedirectAttributes flash) {
        try {
            backups.backUp();
            Flash.notice(flash, "operations.backup.made");
        } catch (Refusal refusal) {
            if (refusal instanceof Forbidden) {
                throw refusal;
            }
            Flash.problem(flash, refusal);
        }
        return "redirect:/admin";
    }

    /** Bytes as people read them: 812 KB, 42.5 MB, 1.2 GB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.valueOf(Math.round(value))) + " "
                + units[unit];
    }
}
