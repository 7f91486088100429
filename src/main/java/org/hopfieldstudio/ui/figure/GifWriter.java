package org.hopfieldstudio.ui.figure;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF that loops forever: javax.imageio's GIF writer with a NETSCAPE2.0 application extension
 * (loop count 0) and a frame delay in hundredths of a second. Frames are written as they come (no frame list in
 * memory). Not thread-safe; one writer per file.
 */
public final class GifWriter implements Closeable {
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int delayCs;
    private boolean first = true;

    /** @param frameMillis time each frame shows (GIF rounds it to 10 ms; at least 20 ms, as browsers clamp lower). */
    public GifWriter(File file, int frameMillis) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersBySuffix("gif");
        if (!it.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        writer = it.next();
        if (file.exists() && !file.delete()) {
            throw new IOException("cannot replace " + file);
        }
        out = ImageIO.createImageOutputStream(file);
        if (out == null) {
            throw new IOException("cannot write " + file);
        }
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
        delayCs = Math.max(2, Math.round(frameMillis / 10f));
    }

    /** Appends one frame (converted to the GIF's indexed colours by the writer). */
    public void write(BufferedImage frame) throws IOException {
        write(frame, delayCs);
    }

    /** Appends one frame shown for {@code delayCentis} hundredths of a second (e.g. a longer last frame). */
    public void write(BufferedImage frame, int delayCentis) throws IOException {
        BufferedImage rgb = frame;
        if (frame.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
            g.drawImage(frame, 0, 0, null);
            g.dispose();
        }
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(rgb);
        IIOMetadata meta = writer.getDefaultImageMetadata(type, writer.getDefaultWriteParam());
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(2, delayCentis)));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
            apps.appendChild(app);
            first = false;
        }
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(rgb, null, meta), writer.getDefaultWriteParam());
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
        } finally {
            out.close();
            writer.dispose();
        }
    }
}
