package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.physics.Launch;
import io.github.chassisspec.units.SiValues;

/** The drive at a hill start as SI doubles, varied one number at a time by "what would it take". */
record DriveCase(double launchTorqueNm, double clutchCapacityNm, boolean electric, double gearRatio, double finalDrive,
        double transferRatio, double efficiency, double rollingRadiusM) {

    /**
     * A hill start in {@code gear}: the launch torque (the peak when none is given), the clutch's capacity (none
     * for a motor), the ratios in {@code range} (null without a transfer case), the efficiency.
     */
    static DriveCase atLaunch(Powertrain powertrain, int gear, TransferRange range, double rollingRadiusM) {
        return new DriveCase(SiValues.of(powertrain.launchTorqueOrPeak()), powertrain.isElectric()
                ? Double.POSITIVE_INFINITY : SiValues.of(powertrain.clutch().torqueCapacity()), powertrain.isElectric(),
                powertrain.gearbox().ratio(gear), powertrain.finalDrive(),
                range == null ? 1.0 : powertrain.transferRatio(range), powertrain.efficiency(), rollingRadiusM);
    }

    Launch launch() {
        return new Launch(launchTorqueNm, clutchCapacityNm, electric, gearRatio * finalDrive * transferRatio,
                efficiency, rollingRadiusM);
    }

    DriveCase withLaunchTorque(double value) {
        return new DriveCase(value, clutchCapacityNm, electric, gearRatio, finalDrive, transferRatio, efficiency,
                rollingRadiusM);
    }

    DriveCase withClutchCapacity(double value) {
        return new DriveCase(launchTorqueNm, value, electric, gearRatio, finalDrive, transferRatio, efficiency,
                rollingRadiusM);
    }

    DriveCase withGearRatio(double value) {
        return new DriveCase(launchTorqueNm, clutchCapacityNm, electric, value, finalDrive, transferRatio, efficiency,
                rollingRadiusM);
    }

    DriveCase withFinalDrive(double value) {
        return new DriveCase(launchTorqueNm, clutchCapacityNm, electric, gearRatio, value, transferRatio, efficiency,
                rollingRadiusM);
    }
}
