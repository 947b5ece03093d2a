package org.cpatlas.ui.panel;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.MembershipViewModel;
import org.cpatlas.ui.viewmodel.MembershipViewModel.CountyEvidence;

/**
 * The side panel's part about the county clicked: its name, 2012 code, prefecture and province, its region in the
 * county list in force, and why: the row's basis, source and quoted passage (or reasoning), with the list and row.
 */
public final class CountySection extends VBox {

    private final MembershipViewModel memberships;
    private final AtlasViewModel atlas;
    private final I18n i18n;
    private final Label heading = new Label();
    private final Label name = new Label();
    private final Label place = new Label();
    private final Label region = new Label();
    private final Label basis = new Label();
    private final Label source = new Label();
    private final Label note = new Label();

    public CountySection(MembershipViewModel memberships, AtlasViewModel atlas, I18n i18n) {
        super(4);
        this.memberships = memberships;
        this.atlas = atlas;
        this.i18n = i18n;
        getStyleClass().add("county-section");
        heading.getStyleClass().addAll("title-4", "panel-section");
        name.getStyleClass().add("region-rate");
        for (Label l : new Label[] {place, region, basis, source, note}) {
            l.setWrapText(true);
        }
        source.getStyleClass().add("source-line");
        note.getStyleClass().add("source-line");
        getChildren().addAll(heading, name, place, region, basis, source, note);
        memberships.countyProperty().addListener(o -> refresh());
        atlas.selectedCodeProperty().addListener(o -> refresh());
        i18n.localeProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        CountyEvidence county = memberships.countyProperty().get();
        boolean shown = county != null && (county.inNoRegion() || county.regionCode().equals(atlas.selectedCodeProperty()
                .get()));
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        heading.setText(i18n.get("county.heading"));
        name.setText(county.nameZh() + "  " + county.code());
        String prefecture = county.prefecture().isEmpty() || county.prefecture().equals("直辖") ? ""
                : county.prefecture() + ", ";
        place.setText(i18n.get("county.place", prefecture + county.province()));
        if (county.inNoRegion()) {
            region.setText(i18n.get("county.noRegion") + " (" + i18n.get("county.list", shownName(county.listName())) + ")");
            basis.setText("");
            source.setText("");
            note.setText("");
            hideEmpty();
            return;
        }
        region.setText(i18n.get("county.region", i18n.pick(county.regionZh(), county.regionEn()),
                i18n.get("county.list", shownName(county.listName())) + (county.row() > 0 ? ", " + i18n.get("county.row",
                        county.row()) : "")));
        basis.setText(i18n.get("county.basis", county.basis() == null ? "" : i18n.get("basis." + county.basis()
                .name().toLowerCase(java.util.Locale.ROOT))));
        source.setText(county.source().isEmpty() ? i18n.get("county.noSource") : i18n.get("county.source",
                county.source()));
        note.setText(county.note().isEmpty() ? "" : i18n.get("county.note", county.note()));
        hideEmpty();
    }

    /** Empty lines take no room and are not read out (a row without a note, a county in no region). */
    private void hideEmpty() {
        for (javafx.scene.Node n : getChildren()) {
            Label l = (Label) n;
            boolean shown = l.getText() != null && !l.getText().isEmpty();
            l.setVisible(shown);
            l.setManaged(shown);
        }
    }

    /** The lines shown (for tests). */
    public java.util.List<String> lines() {
        return getChildren().stream().map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }

    /** The bundled list by its name in the interface language (the command line's name is {@code bundled}). */
    private String shownName(String list) {
        return org.cpatlas.domain.MembershipList.BUNDLED.equals(list) ? i18n.get("membership.bundledName") : list;
    }
}
