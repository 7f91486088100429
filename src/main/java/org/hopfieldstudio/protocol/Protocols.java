package org.hopfieldstudio.protocol;

import java.util.List;
import java.util.stream.Collectors;

/** The registry of writing protocols, in the order the UI lists them. */
public final class Protocols {
    private static final List<WritingProtocol> ALL = List.of(
            new Hebb(),
            new PseudoInverse(),
            new Storkey(),
            new Mpf(),
            new Trn(),
            new KrauthMezard()
    );

    private Protocols() {
    }

    public static List<WritingProtocol> all() {
        return ALL;
    }

    /**
     * @throws IllegalArgumentException naming the known protocols when {@code id} is unknown
     */
    public static WritingProtocol byId(String id) {
        for (WritingProtocol p : ALL) {
            if (p.id().equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + id + "'; known: "
                + ALL.stream().map(WritingProtocol::id).collect(Collectors.joining(", ")));
    }
}
