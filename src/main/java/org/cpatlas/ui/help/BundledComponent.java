package org.cpatlas.ui.help;

import java.util.List;

/**
 * Something the atlas bundles (a library, a font, map data), with the licence it comes under, for About.
 *
 * @param name      what it is called
 * @param version   the version bundled
 * @param usedFor   what the atlas uses it for
 * @param licence   the licence's name (SPDX-like)
 * @param texts     the licence texts bundled, as resources of {@code /licences/} (or absolute resource paths)
 * @param website   where it comes from, or ""
 * @param artifacts its Maven coordinates (groupId:artifactId), for the packaging check that nothing is uncredited
 */
public record BundledComponent(String name, String version, String usedFor, String licence, List<String> texts,
        String website, List<String> artifacts) {

    public BundledComponent {
        texts = List.copyOf(texts);
        artifacts = List.copyOf(artifacts);
    }
}
