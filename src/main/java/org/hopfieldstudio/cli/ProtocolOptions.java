package org.hopfieldstudio.cli;

import java.util.List;
import java.util.Map;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine.Option;

/** Mixin: {@code --protocol} and its {@code --param key=value} settings, checked against each other. */
final class ProtocolOptions {
    @Option(names = "--protocol", defaultValue = "hebb", description = "Writing protocol (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Protocol parameter (repeatable).")
    List<String> params;

    /** The protocol and its parameters (names and bounds checked). */
    record Chosen(WritingProtocol protocol, Map<String, Double> params) {
    }

    /** @throws IllegalArgumentException for an unknown protocol or a bad parameter (one line) */
    Chosen resolve() {
        WritingProtocol p = Inputs.protocol(protocol);
        return new Chosen(p, Inputs.params(p, params));
    }
}
