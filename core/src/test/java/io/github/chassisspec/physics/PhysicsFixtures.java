package io.github.chassisspec.physics;

import java.util.Random;

/** Vehicles for the physics tests. */
final class PhysicsFixtures {

    /** Tolerance of the closed-form comparisons, rad: 1e-9 rad is 6e-8°. */
    static final double EXACT = 1e-9;

    private PhysicsFixtures() {
    }

    /**
     * The bus of PHYSICS.md §8: m = 16 t, L = 5.90 m, a = 3.54 m, h = 1.30 m, rear parking brake, r = 0.50 m.
     *
     * @param rearBrakeTorqueNm the rear axle's parking brake torque
     */
    static RigidVehicle bus(double rearBrakeTorqueNm) {
        return RigidVehicle.builder().massKg(16000).centreOfGravity(3.54, 1.30)
                .axle(0, false, 7100, 0.50, 0.50, false, 0)
                .axle(5.90, true, 11500, 0.50, 0.50, true, rearBrakeTorqueNm)
                .build();
    }

    /** Which axles a random vehicle brakes or drives. */
    enum Selection { FRONT_GROUP, REAR_GROUP, ALL }

    /**
     * A random rigid vehicle with two to four axles: 1–2 in the front group, the rest in the rear group, with
     * ratings, radii and CoG drawn from realistic ranges; the selected axles get {@code torqueNm} and are driven.
     */
    static RigidVehicle random(Random random, Selection selection, double torqueNm) {
        int frontAxles = 1 + random.nextInt(2);
        int rearAxles = 1 + random.nextInt(frontAxles == 2 ? 2 : 3);
        RigidVehicle.Builder builder = RigidVehicle.builder();
        double position = 0;
        double[] moments = new double[2];
        double[] ratings = new double[2];
        for (int axle = 0; axle < frontAxles + rearAxles; axle++) {
            boolean rear = axle >= frontAxles;
            if (axle > 0) {
                position += rear && axle == frontAxles ? 2.5 + 4 * random.nextDouble() : 1.2 + 0.4 * random.nextDouble();
            }
            boolean selected = selection == Selection.ALL || rear == (selection == Selection.REAR_GROUP);
            double radius = 0.35 + 0.2 * random.nextDouble();
            double rating = 3000 + 9000 * random.nextDouble();
            moments[rear ? 1 : 0] += rating * position;
            ratings[rear ? 1 : 0] += rating;
            builder.axle(position, rear, rating, radius * 0.97, radius, selected, selected ? torqueNm : 0);
        }
        // The CoG between 15 % and 85 % of the way from the front group centre to the rear one.
        double frontCentre = moments[0] / ratings[0];
        double rearCentre = moments[1] / ratings[1];
        double xG = frontCentre + (rearCentre - frontCentre) * (0.15 + 0.7 * random.nextDouble());
        return builder.massKg(3000 + 40000 * random.nextDouble())
                .centreOfGravity(xG, 0.6 + 1.6 * random.nextDouble())
                .build();
    }
}
