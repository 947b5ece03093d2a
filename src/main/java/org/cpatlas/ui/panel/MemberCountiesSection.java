package org.cpatlas.ui.panel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
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
        provinces.getChildren().clear();
        if (code == null) {
            return;
        }
        MembershipViewModel.Members members = memberships.membersOf(code);
        heading.setText(i18n.get("members.heading", shownName(memberships.listNameProperty().get())));
        if (members.count() == 0) {
            count.setText(i18n.get("members.none"));
            return;
        }
        count.setText(members.official() > 0 ? i18n.get("members.countOfficial", members.count(), members.official())
                : i18n.get("members.count", members.count()));
        for (Map.Entry<String, List<MembershipViewModel.Member>> province : members.byProvince().entrySet()) {
            Label name = new Label(province.getKey() + " (" + province.getValue().size() + ")");
            name.getStyleClass().add("text-muted");
            FlowPane counties = new FlowPane(2, 0);
            for (MembershipViewModel.Member member : province.getValue()) {
                Hyperlink link = new Hyperlink(member.nameZh() + " · " + i18n.get("basis."
                        + member.basis().name().toLowerCase(Locale.ROOT)));
                link.setUserData(member.code());
                link.setOnAction(e -> onCounty.accept(member.code()));
                link.setTooltip(new javafx.scene.control.Tooltip(i18n.get("members.linkTip", member.nameZh())));
                counties.getChildren().add(link);
            }
            provinces.getChildren().addAll(name, counties);
        }
    }

    /** The county links shown (for tests). */
    public List<Hyperlink> links() {
        return provinces.getChildren().stream().filter(n -> n instanceof FlowPane)
                .flatMap(n -> ((FlowPane) n).getChildren().stream()).map(n -> (Hyperlink) n).toList();
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
