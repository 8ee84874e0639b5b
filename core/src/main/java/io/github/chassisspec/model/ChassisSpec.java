package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.list;
import static io.github.chassisspec.model.Components.optionalText;
import static io.github.chassisspec.model.Components.orderedMap;
import static io.github.chassisspec.model.Components.text;

import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.validation.ConsistentChassis;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;
import javax.measure.quantity.Length;

/**
 * A commercial-vehicle chassis specification: its axles, load cases, powertrain and the optional sections
 * the other checks need, as in a {@code chassis-spec/1} spec sheet (FORMAT.md §2).
 *
 * <p>Immutable and thread-safe. Quantities are held in SI units, so equality compares physical values:
 * a spec read with {@code "5.9 m"} equals one read with {@code "5900 mm"}. The constructor refuses only
 * what no vehicle can have (missing required parts, an empty axle list, non-finite numbers); engineering
 * consistency (axle order, CoG inside the wheelbase, gear ratios...) is checked by Bean Validation, which
 * reports every problem at once: see {@code io.github.chassisspec.validation.SpecValidator}.
 *
 * @param id           a unique identifier, such as {@code "BUS-16T-5900"}
 * @param name         a readable name; may be absent
 * @param category     the vehicle category, such as {@code "M3"} or {@code "N3G"}; may be absent
 * @param axles        the axles, front to rear
 * @param loadCases    named load conditions in the order given; {@code laden} is the technically permissible
 *                     maximum mass
 * @param powertrain   the powertrain; may be absent (checks that need it are then not evaluated)
 * @param driverSide   the driver's side; left when absent
 * @param body         outline and body dimensions; may be absent
 * @param aerodynamics drag data; may be absent
 * @param frame        frame rail data; may be absent
 * @param electrical   generator and consumers; may be absent
 */
@ConsistentChassis
public record ChassisSpec(
        String id,
        @MayBeAbsent String name,
        @MayBeAbsent String category,
        List<@Valid Axle> axles,
        Map<String, @Valid LoadCase> loadCases,
        @MayBeAbsent @Valid Powertrain powertrain,
        @MayBeAbsent DriverSide driverSide,
        @MayBeAbsent @Valid Body body,
        @MayBeAbsent @Valid Aerodynamics aerodynamics,
        @MayBeAbsent @Valid Frame frame,
        @MayBeAbsent @Valid Electrical electrical) {

    /** The name of the load case at the technically permissible maximum mass ("full load"). */
    public static final String LADEN = "laden";

    /** The name of the load case of the empty vehicle in running order. */
    public static final String UNLADEN = "unladen";

    public ChassisSpec {
        id = text(id, "id");
        name = optionalText(name, "name");
        category = optionalText(category, "category");
        axles = list(Components.required(axles, "axles"), "axles");
        if (axles.isEmpty()) {
            throw new InvalidComponentException("axles", "must not be empty");
        }
        loadCases = orderedMap(loadCases, "loadCases");
        if (loadCases.isEmpty()) {
            throw new InvalidComponentException("loadCases", "must not be empty");
        }
        for (String loadCaseName : loadCases.keySet()) {
            if (loadCaseName.isBlank()) {
                throw new InvalidComponentException("loadCases", "must not have a blank name");
            }
        }
        driverSide = driverSide == null ? DriverSide.LEFT : driverSide;
    }

    /** A builder for a new spec. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this spec, for variants. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The load case of that name.
     *
     * @throws IllegalArgumentException naming the load cases there are, if there is none of that name
     */
    public LoadCase loadCase(String loadCaseName) {
        LoadCase loadCase = loadCases.get(loadCaseName);
        if (loadCase == null) {
            throw new IllegalArgumentException("the spec " + id + " has no load case \"" + loadCaseName
                    + "\"; it has " + String.join(", ", loadCases.keySet()));
        }
        return loadCase;
    }

    /** The axles of one group, front to rear. */
    public List<Axle> axlesIn(AxleGroup group) {
        return axles.stream().filter(axle -> axle.group() == group).toList();
    }

    /**
     * The centre of an axle group, X_F or X_R: the mean of its axles' positions weighted by their rated loads
     * (PHYSICS.md §1), measured rearward from the first axle.
     *
     * @throws IllegalStateException if the group has no axle
     */
    public Quantity<Length> groupCentre(AxleGroup group) {
        return SiValues.quantity(groupCentreMetres(group), Length.class);
    }

    /** The effective (theoretical) wheelbase L = X_R − X_F between the two group centres. */
    public Quantity<Length> effectiveWheelbase() {
        return SiValues.quantity(groupCentreMetres(AxleGroup.REAR) - groupCentreMetres(AxleGroup.FRONT), Length.class);
    }

    /**
     * x_G, the CoG position of a load case measured rearward from the first axle: as given, or from the axle
     * loads as x_G = X_F + L · W_R / W, where W_R is the rear group's share of the axle loads (PHYSICS.md §1).
     *
     * @throws IllegalArgumentException if there is no such load case
     * @throws IllegalStateException    if its axle loads do not give one load per axle or sum to zero
     */
    public Quantity<Length> centreOfGravityPosition(String loadCaseName) {
        return SiValues.quantity(centreOfGravityPositionMetres(loadCaseName), Length.class);
    }

    /** a = x_G − X_F, the CoG distance behind the front group centre for a load case (PHYSICS.md §1). */
    public Quantity<Length> centreOfGravityBehindFrontGroup(String loadCaseName) {
        return SiValues.quantity(centreOfGravityPositionMetres(loadCaseName) - groupCentreMetres(AxleGroup.FRONT),
                Length.class);
    }

    private double groupCentreMetres(AxleGroup group) {
        double weightedPositions = 0;
        double totalRating = 0;
        for (Axle axle : axles) {
            if (axle.group() == group) {
                double ratingKg = SiValues.of(axle.ratedLoad());
                weightedPositions += ratingKg * SiValues.of(axle.position());
                totalRating += ratingKg;
            }
        }
        if (totalRating == 0) {
            throw new IllegalStateException("the spec " + id + " has no " + group.sheetName() + "-group axle");
        }
        return weightedPositions / totalRating;
    }

    private double centreOfGravityPositionMetres(String loadCaseName) {
        LoadCase loadCase = loadCase(loadCaseName);
        Quantity<Length> given = loadCase.centreOfGravity().position();
        if (given != null) {
            return SiValues.of(given);
        }
        List<Quantity<javax.measure.quantity.Mass>> loads = loadCase.axleLoads();
        if (loads.size() != axles.size()) {
            throw new IllegalStateException("load case " + loadCaseName + " gives " + loads.size()
                    + " axle loads for " + axles.size() + " axles");
        }
        double totalKg = 0;
        double rearKg = 0;
        for (int index = 0; index < loads.size(); index++) {
            double loadKg = SiValues.of(loads.get(index));
            totalKg += loadKg;
            if (axles.get(index).group() == AxleGroup.REAR) {
                rearKg += loadKg;
            }
        }
        if (totalKg <= 0) {
            throw new IllegalStateException("load case " + loadCaseName + " has axle loads summing to 0 kg");
        }
        double frontCentre = groupCentreMetres(AxleGroup.FRONT);
        double wheelbase = groupCentreMetres(AxleGroup.REAR) - frontCentre;
        return frontCentre + wheelbase * rearKg / totalKg;
    }

    /** This spec with a load case added, or replaced if one of that name exists. */
    public ChassisSpec withLoadCase(String loadCaseName, LoadCase loadCase) {
        return toBuilder().loadCase(loadCaseName, loadCase).build();
    }

    /** This spec with other axles. */
    public ChassisSpec withAxles(List<Axle> newAxles) {
        return toBuilder().axles(newAxles).build();
    }

    /** This spec with another powertrain. */
    public ChassisSpec withPowertrain(Powertrain newPowertrain) {
        return toBuilder().powertrain(newPowertrain).build();
    }

    /** Builds a {@link ChassisSpec} step by step; not thread-safe. */
    public static final class Builder {
        private String id;
        private String name;
        private String category;
        private final List<Axle> axles = new ArrayList<>();
        private final Map<String, LoadCase> loadCases = new LinkedHashMap<>();
        private Powertrain powertrain;
        private DriverSide driverSide;
        private Body body;
        private Aerodynamics aerodynamics;
        private Frame frame;
        private Electrical electrical;

        private Builder() {
        }

        private Builder(ChassisSpec spec) {
            id = spec.id;
            name = spec.name;
            category = spec.category;
            axles.addAll(spec.axles);
            loadCases.putAll(spec.loadCases);
            powertrain = spec.powertrain;
            driverSide = spec.driverSide;
            body = spec.body;
            aerodynamics = spec.aerodynamics;
            frame = spec.frame;
            electrical = spec.electrical;
        }

        public Builder id(String newId) {
            id = newId;
            return this;
        }

        public Builder name(String newName) {
            name = newName;
            return this;
        }

        public Builder category(String newCategory) {
            category = newCategory;
            return this;
        }

        /** Adds an axle behind those already added. */
        public Builder axle(Axle axle) {
            axles.add(Objects.requireNonNull(axle, "axle"));
            return this;
        }

        /** Replaces all axles. */
        public Builder axles(List<Axle> newAxles) {
            axles.clear();
            newAxles.forEach(this::axle);
            return this;
        }

        /** Adds a load case, or replaces the one of that name. */
        public Builder loadCase(String loadCaseName, LoadCase loadCase) {
            loadCases.put(Objects.requireNonNull(loadCaseName, "loadCaseName"), Objects.requireNonNull(loadCase, "loadCase"));
            return this;
        }

        public Builder powertrain(Powertrain newPowertrain) {
            powertrain = newPowertrain;
            return this;
        }

        public Builder driverSide(DriverSide newDriverSide) {
            driverSide = newDriverSide;
            return this;
        }

        public Builder body(Body newBody) {
            body = newBody;
            return this;
        }

        public Builder aerodynamics(Aerodynamics newAerodynamics) {
            aerodynamics = newAerodynamics;
            return this;
        }

        public Builder frame(Frame newFrame) {
            frame = newFrame;
            return this;
        }

        public Builder electrical(Electrical newElectrical) {
            electrical = newElectrical;
            return this;
        }

        /**
         * The spec.
         *
         * @throws InvalidComponentException if a required part is missing or impossible
         */
        public ChassisSpec build() {
            return new ChassisSpec(id, name, category, axles, loadCases, powertrain, driverSide, body, aerodynamics,
                    frame, electrical);
        }
    }
}
