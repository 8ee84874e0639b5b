package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.finite;
import static io.github.chassisspec.model.Components.required;

import io.github.chassisspec.units.Torque;
import jakarta.validation.Valid;
import javax.measure.Quantity;

/**
 * What drives the wheels: a combustion engine with a clutch, or an electric motor (exactly one of the
 * two), then the gearbox, an optional transfer case and the final drive.
 *
 * @param engine       the combustion engine; absent for an electric drive
 * @param motor        the electric motor; absent for a combustion engine
 * @param clutch       the launch clutch; absent when unknown, and always for an electric motor
 * @param gearbox      the gear ratios (a single reduction has one)
 * @param transferCase the transfer case of a four-wheel drive; absent when there is none (ratio 1)
 * @param finalDrive   the final drive (axle) ratio i_0
 * @param efficiency   the driveline efficiency η from engine to wheels, in (0, 1]
 */
public record Powertrain(
        @MayBeAbsent @Valid Engine engine,
        @MayBeAbsent @Valid ElectricMotor motor,
        @MayBeAbsent @Valid Clutch clutch,
        @Valid Gearbox gearbox,
        @MayBeAbsent TransferCase transferCase,
        double finalDrive,
        double efficiency) {

    public Powertrain {
        if (engine == null && motor == null) {
            throw new InvalidComponentException("engine", "or motor is required");
        }
        if (engine != null && motor != null) {
            throw new InvalidComponentException("motor",
                    "must be left out when engine is given; a powertrain has one or the other");
        }
        required(gearbox, "gearbox");
        finalDrive = Components.ratio(finalDrive, "finalDrive");
        efficiency = finite(efficiency, "efficiency");
    }

    /** Whether the drive is an electric motor. */
    public boolean isElectric() {
        return motor != null;
    }

    /** The peak torque of the engine or motor. */
    public Quantity<Torque> peakTorque() {
        return isElectric() ? motor.peakTorque() : engine.peakTorque();
    }

    /** Whether a launch torque is known: given for the engine, or always for a motor (its peak torque). */
    public boolean hasLaunchTorque() {
        return isElectric() || engine.launchTorque() != null;
    }

    /**
     * The torque available at launch: the engine's launch torque, or the motor's peak torque; the peak torque
     * when the engine's launch torque is not given (see {@link #hasLaunchTorque()}).
     */
    public Quantity<Torque> launchTorqueOrPeak() {
        if (isElectric()) {
            return motor.peakTorque();
        }
        return engine.launchTorque() != null ? engine.launchTorque() : engine.peakTorque();
    }

    /** The transfer-case ratio of a range, 1 when there is no transfer case. */
    public double transferRatio(TransferRange range) {
        return transferCase == null ? 1.0 : transferCase.ratio(range);
    }
}
