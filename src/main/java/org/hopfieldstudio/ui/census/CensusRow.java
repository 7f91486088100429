package org.hopfieldstudio.ui.census;

import java.util.Locale;
import org.hopfieldstudio.analysis.EndState;

/**
 * One distinct end state of a census, as the list shows it.
 *
 * @param rank     1 for the most frequent
 * @param endState its class and label
 * @param state    the end state, ±1, row-major {@code rows × cols} (not to be modified)
 * @param count    how many starts ended here
 * @param fraction count / M
 */
public record CensusRow(int rank, EndState endState, byte[] state, int rows, int cols, int count, double fraction) {
    public String label() {
        return endState.label();
    }

    /** "61 starts · 30.5 %". */
    public String countText() {
        return String.format(Locale.ROOT, "%d start%s · %s", count, count == 1 ? "" : "s", CensusViewModel.percent(fraction));
    }
}
