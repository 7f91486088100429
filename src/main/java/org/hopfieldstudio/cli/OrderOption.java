package org.hopfieldstudio.cli;

import org.hopfieldstudio.dynamics.UpdateOrder;
import picocli.CommandLine.Option;

/** Mixin: {@code --order}, the update order of recall. */
final class OrderOption {
    @Option(names = "--order", defaultValue = "sweep", paramLabel = "random|sweep|sequential|sync",
            description = "Update order (default: ${DEFAULT-VALUE}).")
    String order;

    /** @throws IllegalArgumentException for an unknown order (the message lists the valid ones) */
    UpdateOrder resolve() {
        return UpdateOrder.parse(order);
    }
}
