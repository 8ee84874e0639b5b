package io.github.chassisspec.requirements;

import io.github.chassisspec.physics.Launch;

/** The drive at a hill start as SI doubles, varied one number at a time by "what would it take". */
record DriveCase(double launchTorqueNm, double clutchCapacityNm, boolean electric, double gearRatio, double finalDrive,
        double transferRatio, double efficiency, double rollingRadiusM) {

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
