/**
 * chassis-spec: commercial-vehicle chassis specifications with unit-safe quantities, spec sheets and
 * static checks.
 */
module io.github.chassisspec {
    requires transitive java.measure;
    requires transitive tech.units.indriya;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires owasp.encoder;
    // Only the assertions package needs AssertJ, and only in tests of projects that use it.
    requires static org.assertj.core;

    exports io.github.chassisspec.units;
    exports io.github.chassisspec.model;
    exports io.github.chassisspec.validation;
    exports io.github.chassisspec.json;
    exports io.github.chassisspec.physics;
    exports io.github.chassisspec.requirements;
    exports io.github.chassisspec.report;
    exports io.github.chassisspec.assertions;

    // Hibernate Validator reads the constrained fields of the records reflectively.
    opens io.github.chassisspec.model to org.hibernate.validator;
}
