package org.cpatlas.print;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.FontFormatException;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.cpatlas.render.TextHalo;

/**
 * The PDF text drawer, which also draws label halos as text: text painted in a {@link TextHalo.Colour} is shown in
 * render mode "stroke" with round joins at the halo's width, so a halo costs a few bytes of text instead of the
 * outline of every glyph, and a text extractor (which drops text drawn twice in one place) reads each label once.
 */
class HaloTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

    @Override
    public void drawText(AttributedCharacterIterator text, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        if (!(env.getPaint() instanceof TextHalo.Colour halo)) {
            super.drawText(text, env);
            return;
        }
        PDPageContentStream stream = env.getContentStream();
        stream.saveGraphicsState();
        try {
            stream.setRenderingMode(RenderingMode.STROKE);
            stream.setLineWidth((float) halo.widthPx());
            stream.setLineJoinStyle(1);
            stream.setLineCapStyle(1);
            stream.setStrokingColor(halo);
            super.drawText(text, env);
        } finally {
            stream.restoreGraphicsState();
        }
    }
}
