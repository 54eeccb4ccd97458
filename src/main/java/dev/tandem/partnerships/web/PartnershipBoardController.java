package dev.tandem.partnerships.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFilter;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The partnerships as a board: a column per stage (ended ones stay in the list), with the list's filters (kept in
 * the URL). Each card moves to
 * another stage through the same "why this move?" form as the partnership's page, and comes back here.
 */
@Controller
class PartnershipBoardController {

    static final String BOARD = "partnerships/board";
    static final int CARDS = 30;
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9=&%._+~-]{0,600}");

    /** One column: a stage, its first cards, and a link to the rest in the list. */
    record Column(Stage stage, Page<PartnershipView> cards, String moreUrl) {}

    private final PartnershipPortfolio portfolio;

    PartnershipBoardController(PartnershipPortfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/w/{workspaceId}/partnerships/board")
    String board(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable PartnershipKind kind,
            @RequestParam(required = false) @Nullable UUID owner,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            Model model) {
        var filter = PartnershipController.filter(kind, null, owner, tag, q, sort);
        List<Column> columns = Arrays.stream(Stage.values())
                .filter(stage -> stage != Stage.ENDED)
                .map(stage -> {
                    var inStage = new PartnershipFilter(
                            filter.kind(), stage, filter.ownerId(), filter.tag(), filter.text(), filter.sort());
                    return new Column(
                            stage,
                            portfolio.list(workspace, inStage, PageRequest.of(CARDS, null)),
                            link(workspace, "/partnerships", inStage, sort));
                })
                .toList();
        model.addAttribute("columns", columns);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort == null ? "name" : sort);
        model.addAttribute("listUrl", listUrl(workspace, filter, sort));
        model.addAttribute("boardUrl", url(workspace, filter, sort));
        model.addAttribute("from", query(filter, sort));
        model.addAttribute(
                "endedUrl",
                listUrl(
                        workspace,
                        new PartnershipFilter(
                                filter.kind(),
                                Stage.ENDED,
                                filter.ownerId(),
                                filter.tag(),
                                filter.text(),
                                filter.sort()),
                        sort));
        PartnershipController.choices(portfolio, workspace, model);
        return BOARD;
    }

    /** The board showing what {@code filter} selects (its stage aside). */
    static String url(WorkspaceContext workspace, PartnershipFilter filter, @Nullable String sort) {
        return link(workspace, "/partnerships/board", filter, sort);
    }

    /** The list showing what {@code filter} selects. */
    static String listUrl(WorkspaceContext workspace, PartnershipFilter filter, @Nullable String sort) {
        return link(workspace, "/partnerships", filter, sort);
    }

    /** The board with a query it handed out earlier ({@code from}); anything else brings back the whole board. */
    static String url(WorkspaceContext workspace, String from) {
        String board = "/w/" + workspace.workspaceId() + "/partnerships/board";
        return from.isEmpty() || !QUERY.matcher(from).matches() ? board : board + "?" + from;
    }

    private static String link(
            WorkspaceContext workspace, String path, PartnershipFilter filter, @Nullable String sort) {
        String query = query(filter, sort);
        return "/w/" + workspace.workspaceId() + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String query(PartnershipFilter filter, @Nullable String sort) {
        var uri = UriComponentsBuilder.newInstance();
        if (filter.kind() != null) {
            uri.queryParam("kind", filter.kind());
        }
        if (filter.stage() != null) {
            uri.queryParam("stage", filter.stage());
        }
        if (filter.ownerId() != null) {
            uri.queryParam("owner", filter.ownerId().value());
        }
        if (filter.tag() != null) {
            uri.queryParam("tag", filter.tag());
        }
        if (filter.text() != null) {
            uri.queryParam("q", filter.text());
        }
        if (sort != null && !sort.isBlank()) {
            uri.queryParam("sort", sort);
        }
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }
}
