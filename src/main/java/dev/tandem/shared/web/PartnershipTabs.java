package dev.tandem.shared.web;

import org.springframework.ui.Model;

/**
 * The tabs of a partnership's page (overview, goals, meetings, commitments, health, timeline), each a page of its
 * own owned by its module. A tab's template wraps its content in {@code partnerships/tabs :: head}; a tab's
 * controller returns {@link #view}: the whole page, or only the tab's content when htmx swaps the workspace.
 */
public final class PartnershipTabs {

    /** The id of the element a tab link swaps: the partnership's head, its tabs and the open tab. */
    public static final String TARGET = "partnership-workspace";

    /** The model attribute naming the open tab; the layout offers "skip to tabs" when it is there. */
    public static final String ACTIVE = "partnershipTab";

    private PartnershipTabs() {}

    /** The view of {@code tab}, rendered by {@code template}: its {@code content} fragment for a tab switch. */
    public static String view(Htmx htmx, Model model, String tab, String template) {
        model.addAttribute(ACTIVE, tab);
        return htmx.swaps(TARGET) ? template + " :: content" : template;
    }
}
