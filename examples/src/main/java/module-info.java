/** Runnable examples and the chassis-check command line; they use only the exported API of the core. */
module io.github.chassisspec.examples {
    requires io.github.chassisspec;
    requires info.picocli;
    requires tools.jackson.databind;
    requires java.logging;

    // picocli reads the annotated command fields reflectively.
    opens io.github.chassisspec.examples.cli to info.picocli;

    exports io.github.chassisspec.examples;
}
