package org.cpatlas.ui.kit;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * The interface's icons, drawn as vector paths: Material Design Icons 7.4.47 ({@code @mdi/js}, Apache-2.0,
 * Pictogrammers), on a 24-unit grid. Paths instead of an icon font: loading the 1.3 MB icon font took part of every
 * start (JavaFX copies a font from inside a jar to a temporary file before reading it), for eight icons.
 */
public enum Icon {
    CLOSE("M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z"),
    EARTH("M17.9,17.39C17.64,16.59 16.89,16 16,16H15V13A1,1 0 0,0 14,12H8V10H10A1,1 0 0,0 11,9V7H13A2,2 0 0,0 15,5V4.59C17.93,5.77 20,8.64 20,12C20,14.08 19.2,15.97 17.9,17.39M11,19.93C7.05,19.44 4,16.08 4,12C4,11.38 4.08,10.78 4.21,10.21L9,15V16A2,2 0 0,0 11,18M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2Z"),
    EXPORT("M23,12L19,8V11H10V13H19V16M1,18V6C1,4.89 1.9,4 3,4H15A2,2 0 0,1 17,6V9H15V6H3V18H15V15H17V18A2,2 0 0,1 15,20H3A2,2 0 0,1 1,18Z"),
    /** The South China Sea islands inset on or off: "picture-in-picture-bottom-right". */
    INSET("M19,11H11V17H19V11M23,19V5C23,3.88 22.1,3 21,3H3A2,2 0 0,0 1,5V19A2,2 0 0,0 3,21H21A2,2 0 0,0 23,19M21,19H3V4.97H21V19Z"),
    MINUS("M19,13H5V11H19V13Z"),
    PLUS("M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z"),
    PRINTER("M18,3H6V7H18M19,12A1,1 0 0,1 18,11A1,1 0 0,1 19,10A1,1 0 0,1 20,11A1,1 0 0,1 19,12M16,19H8V14H16M19,8H5A3,3 0 0,0 2,11V17H6V21H18V17H22V11A3,3 0 0,0 19,8Z"),
    THEME_LIGHT_DARK("M7.5,2C5.71,3.15 4.5,5.18 4.5,7.5C4.5,9.82 5.71,11.85 7.53,13C4.46,13 2,10.54 2,7.5A5.5,5.5 0 0,1 7.5,2M19.07,3.5L20.5,4.93L4.93,20.5L3.5,19.07L19.07,3.5M12.89,5.93L11.41,5L9.97,6L10.39,4.3L9,3.24L10.75,3.12L11.33,1.47L12,3.1L13.73,3.13L12.38,4.26L12.89,5.93M9.59,9.54L8.43,8.81L7.31,9.59L7.65,8.27L6.56,7.44L7.92,7.35L8.37,6.06L8.88,7.33L10.24,7.36L9.19,8.23L9.59,9.54M19,13.5A5.5,5.5 0 0,1 13.5,19C12.28,19 11.15,18.6 10.24,17.93L17.93,10.24C18.6,11.15 19,12.28 19,13.5M14.6,20.08L17.37,18.93L17.13,22.28L14.6,20.08M18.93,17.38L20.08,14.61L22.28,17.15L18.93,17.38M20.08,12.42L18.94,9.64L22.28,9.88L20.08,12.42M9.63,18.93L12.4,20.08L9.87,22.27L9.63,18.93Z");

    private static final double GRID = 24;
    private static final double SIZE = 16;

    private final String pathData;

    Icon(String pathData) {
        this.pathData = pathData;
    }

    /** The SVG path data on the 24-unit grid. */
    public String pathData() {
        return pathData;
    }

    /** A new node of the icon, 16 px square, filled with the text colour (style class "atlas-icon-path"). */
    public Node node() {
        // The transparent square is the grid: it gives every icon the same 16 px box whatever its drawing covers.
        Rectangle grid = new Rectangle(GRID, GRID, Color.TRANSPARENT);
        grid.getTransforms().add(new Scale(SIZE / GRID, SIZE / GRID, 0, 0));
        SVGPath path = new SVGPath();
        path.setContent(pathData);
        path.getStyleClass().add("atlas-icon-path");
        path.getTransforms().add(new Scale(SIZE / GRID, SIZE / GRID, 0, 0));
        Group icon = new Group(grid, path);
        icon.getStyleClass().add("atlas-icon");
        return icon;
    }
}
