package org.probity.protocols.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.ReviewService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/** The Protocols section of the sidebar: the protocol library, comparisons and reviews. */
public final class ProtocolsSection implements Section {

    private final ProtocolsViewModel model;
    private final ProtocolService protocols;
    private ProtocolsView view;
    private boolean loaded;

    public ProtocolsSection(ProtocolService protocols, ReviewService reviews, BackgroundTasks tasks) {
        this.protocols = protocols;
        this.model = new ProtocolsViewModel(protocols, reviews, tasks);
    }

    @Override
    public String id() {
        return ProtocolsViewModel.SECTION_ID;
    }

    @Override
    public String title() {
        return "Protocols";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.LIBRARY_BOOKS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ProtocolsView(model);
        }
        return view.root();
    }

    @Override
    public void activated() {
        model.load();
        loaded = true;
    }

    @Override
    public void newRecord() {
        view();
        view.showTab("importTab");
    }

    @Override
    public List<SearchHit> search(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<SearchHit> hits = new ArrayList<>();
        for (Protocol p : protocols.protocols()) {
            if (p.title().toLowerCase(Locale.ROOT).contains(t)) {
                hits.add(searchHit(p));
            }
        }
        return hits.stream().limit(5).toList();
    }

    private SearchHit searchHit(Protocol p) {
        return new SearchHit(id(), "protocol:" + p.id(), p.title(), "Protocol");
    }

    /** Record ids are "protocol:ID" (the protocol) or "review:ID" (the protocol's review). */
    @Override
    public void reveal(String recordId) {
        view();
        if (!loaded) {
            activated();
        }
        try {
            if (recordId.startsWith("protocol:")) {
                model.reveal(Long.parseLong(recordId.substring("protocol:".length())), null);
                view.showTab("textTab");
            } else if (recordId.startsWith("review:")) {
                long reviewId = Long.parseLong(recordId.substring("review:".length()));
                model.revealReview(reviewId);
                view.showTab("reviewTab");
            }
        } catch (NumberFormatException e) {
            // an id from an older dashboard entry: nothing to show
        }
    }

    /** The view model behind the screen, for tests. */
    public ProtocolsViewModel model() {
        return model;
    }

    /** Brings a tab to the front, for tests and the dashboard. */
    public void showTab(String tabId) {
        view();
        view.showTab(tabId);
    }
}
