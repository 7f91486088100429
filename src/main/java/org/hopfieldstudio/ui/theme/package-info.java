/**
 * Presentation: palettes (normal, dark, projector) and zoom of the whole window.
 *
 * <p>{@link org.hopfieldstudio.ui.theme.Theme} is the observable model: a {@link org.hopfieldstudio.ui.theme.Palette}
 * and a zoom factor (75 %–250 %). {@link org.hopfieldstudio.ui.theme.Theme#install} puts it on a scene: the
 * palette's AtlantaFX user-agent stylesheet, the app's stylesheets, the palette's CSS variables ({@code -hs-*}, see
 * {@code theme/normal.css}) and the root font size (13 px × zoom; every other size in the CSS is in em).
 *
 * <p>Drawing code (canvases: plots, heatmaps, colour bars, formulas) cannot read CSS, so it takes a
 * {@link org.hopfieldstudio.ui.theme.PlotStyle}: colours from the palette, fonts and line widths already scaled by
 * the zoom. A node follows the theme of whatever scene it is in with
 * {@code PlotStyle.follow(node, style -> { this.style = style; redraw(); })}; outside a themed scene (unit tests,
 * demos) it gets {@link org.hopfieldstudio.ui.theme.PlotStyle#DEFAULT}.
 */
package org.hopfieldstudio.ui.theme;
