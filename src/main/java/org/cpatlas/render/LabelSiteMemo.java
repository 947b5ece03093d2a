package org.cpatlas.render;

import java.util.List;
import java.util.Optional;

/**
 * Remembers where labels may sit in a feature ({@link LabelSites}), by a digest of the feature's outline. The sites
 * are a pure function of the outline, and finding them (poles of inaccessibility and a grid of clearances for the 14
 * regions and 31 provinces) took a processor about half a second at every start of the window, on the way to its first
 * frame; recalled, they take a few milliseconds.
 */
public interface LabelSiteMemo {

    /** The sites found before for an outline with this digest, if any. */
    Optional<List<LabelSites.Site>> recall(String digest);

    /** Records the sites found for an outline with this digest. */
    void remember(String digest, List<LabelSites.Site> sites);

    /** Remembers nothing: sites are found whenever a layer is made. */
    LabelSiteMemo NONE = new LabelSiteMemo() {
        @Override
        public Optional<List<LabelSites.Site>> recall(String digest) {
            return Optional.empty();
        }

        @Override
        public void remember(String digest, List<LabelSites.Site> sites) {
        }
    };
}
