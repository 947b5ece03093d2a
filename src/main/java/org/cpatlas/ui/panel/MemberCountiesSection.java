package org.cpatlas.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.MembershipViewModel;

/**
 * The side panel's list of the selected region's counties in the county list in force, by province, each with its
 * basis and clickable (zooms to it and outlines it), under the count beside the official count where known. A region
 * the list gives no county says so.
 */
public final class MemberCountiesSection extends VBox {

    private final MembershipViewModel memberships;
    private final AtlasViewModel atlas;
    private final I18n i18n;
    private final Consumer<String> onCounty;
    private final Label heading = new Label();
    private final Label count = new Label();
    private final VBox provinces = new VBox(4);
    /** The province rows made so far, kept for the next region (see {@link ProvinceRow}). */
    private final List<ProvinceRow> rows = new ArrayList<>();

    /** @param onCounty called with a county's 2012 code when it is clicked */
    public MemberCountiesSection(MembershipViewModel memberships, AtlasViewModel atlas, I18n i18n,
            Consumer<String> onCounty) {
        super(4);
        this.memberships = memberships;
        this.atlas = atlas;
        this.i18n = i18n;
        this.onCounty = onCounty;
        getStyleClass().add("member-counties");
        heading.getStyleClass().addAll("title-4", "panel-section");
        count.setWrapText(true);
        getChildren().addAll(heading, count, provinces);
        atlas.selectedCodeProperty().addListener(o -> refresh());
        memberships.listNameProperty().addListener(o -> refresh());
        i18n.localeProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        String code = atlas.selectedCodeProperty().get();
        if (code == null) {
            showProvinces(0);
            return;
        }
        MembershipViewModel.Members members = memberships.membersOf(code);
        heading.setText(i18n.get("members.heading", shownName(memberships.listNameProperty().get())));
        if (members.count() == 0) {
            count.setText(i18n.get("members.none"));
            showProvinces(0);
            return;
        }
        count.setText(members.official() > 0 ? i18n.get("members.countOfficial", members.count(), members.official())
                : i18n.get("members.count", members.count()));
        int row = 0;
        for (Map.Entry<String, List<MembershipViewModel.Member>> province : members.byProvince().entrySet()) {
            if (row == rows.size()) {
                ProvinceRow made = new ProvinceRow();
                rows.add(made);
                provinces.getChildren().addAll(made.name, made.counties);
            }
            rows.get(row).show(province.getKey(), province.getValue());
            row++;
        }
        showProvinces(row);
    }

    /** Shows the first {@code n} province rows and hides the rest, kept for the next region. */
    private void showProvinces(int n) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setShown(i < n);
        }
    }

    /**
     * One province of the list: its name and its counties' links. Its nodes are kept and given the next region's
     * texts, hidden when not needed: a region's 20 to 80 links made anew at every click, each styled from scratch
     * with its tooltip, were most of a click's work on the JavaFX thread (flight recording of the benchmark's
     * clicks), and the panel makes no new node on a selection (see the package's notes).
     */
    private final class ProvinceRow {
        final Label name = new Label();
        final FlowPane counties = new FlowPane(2, 0);
        /** Every link this row has made; as many as the province has counties are in use, the rest hidden. */
        final List<Hyperlink> links = new ArrayList<>();

        ProvinceRow() {
            name.getStyleClass().add("text-muted");
        }

        void show(String province, List<MembershipViewModel.Member> members) {
            setIfChanged(name, province + " (" + members.size() + ")");
            while (links.size() < members.size()) {
                Hyperlink link = new Hyperlink();
                link.setOnAction(e -> onCounty.accept((String) link.getUserData()));
                link.setTooltip(new Tooltip());
                links.add(link);
                counties.getChildren().add(link);
            }
            for (int i = 0; i < links.size(); i++) {
                Hyperlink link = links.get(i);
                boolean used = i < members.size();
                if (used) {
                    MembershipViewModel.Member member = members.get(i);
                    setIfChanged(link, member.nameZh() + " · " + i18n.get("basis."
                            + member.basis().name().toLowerCase(Locale.ROOT)));
                    if (!member.code().equals(link.getUserData())) {
                        link.setUserData(member.code());
                        link.setVisited(false); // another county now: not the one followed before
                    }
                    link.getTooltip().setText(i18n.get("members.linkTip", member.nameZh()));
                }
                showIf(link, used);
            }
        }

        void setShown(boolean shown) {
            showIf(name, shown);
            showIf(counties, shown);
        }
    }

    private static void setIfChanged(javafx.scene.control.Labeled labeled, String text) {
        if (!text.equals(labeled.getText())) {
            labeled.setText(text);
        }
    }

    private static void showIf(javafx.scene.Node node, boolean shown) {
        if (node.isVisible() != shown) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    /** The county links shown (for tests). */
    public List<Hyperlink> links() {
        return rows.stream().filter(row -> row.counties.isVisible())
                .flatMap(row -> row.links.stream()).filter(Hyperlink::isVisible).toList();
    }

    /** The count line (for tests). */
    public String countText() {
        return count.getText();
    }

    /** The bundled list by its name in the interface language (the command line's name is {@code bundled}). */
    private String shownName(String list) {
        return org.cpatlas.domain.MembershipList.BUNDLED.equals(list) ? i18n.get("membership.bundledName") : list;
    }
}
