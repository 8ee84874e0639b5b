package io.github.chassisspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.ProfileEntry;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.requirements.TurningCircleRequirement;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RulePacksTest {

    static java.util.List<String> packNames() {
        return RulePacks.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packNames")
    void everyBuiltInPack_readsAndEveryRequirementCarriesASource(String name) {
        RequirementProfile pack = RulePacks.pack(name);
        assertEquals(name, pack.name());
        assertNotNull(pack.description());
        assertFalse(pack.entries().isEmpty());
        for (ProfileEntry entry : pack.entries()) {
            assertNotNull(entry.source(), entry.toString());
            assertEquals(name, entry.source().pack());
        }
    }

    @Test
    void packFigures_areThoseOfPhysicsSection7() {
        ParkingHoldRequirement r13 = (ParkingHoldRequirement) RulePacks.pack("un-r13").requirements().get(0);
        assertEquals(Slope.ofPercent(18), r13.slope());
        assertFalse(RulePacks.pack("un-r13").entries().get(0).source().verified());
        TurningCircleRequirement ring = (TurningCircleRequirement) RulePacks.pack("eu-96-53").requirements().get(4);
        assertEquals(12.5, SiValues.of(ring.maxOuterRadius()));
        assertEquals(5.3, SiValues.of(ring.minInnerRadius()));
        assertTrue(RulePacks.pack("eu-96-53").entries().get(4).source().verified());
    }

    @Test
    void applicability_leavesOutWhatIsNotForTheVehicle_andSaysSo() {
        // The bus is an M3 with two axles: the 2-axle bus gross limit 19.5 t applies, the truck and 3-axle ones not.
        RequirementProfile profile = RequirementProfile.named("EU").include(RulePacks.pack("eu-96-53")).build();
        ComplianceReport report = RequirementEvaluator.evaluate(TestSpecs.fullBus(), profile);
        assertEquals(3, report.results().size());
        assertEquals(2, report.notes().size());
        assertEquals("axleLoads of pack eu-96-53 (EU 96/53/EC two-axle motor vehicle: 18 t) is for N1, N2, N3 with 2"
                + " axles, so it does not apply to BUS-16T-5900", report.notes().get(0));
        RequirementResult gross = report.results().get(1);
        // 16 000 kg against 19 500 kg: the worst axle (front, 90.1 % of its rating) still governs the verdict.
        assertEquals(Verdict.PASS, gross.verdict());
        assertEquals("eu-96-53", gross.source().pack());
    }

    @Test
    void unknownPack_byTheApi_namesThePacksThereAre() {
        assertEquals("unknown rule pack \"un-r14\"; did you mean \"un-r13\"?", assertThrows(
                IllegalArgumentException.class, () -> RulePacks.pack("un-r14")).getMessage());
    }

    @Test
    void profileIncludingPacks_byNameAndByFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("house-rules.yaml"), """
                format: chassis-requirements/1
                name: house rules
                source: our engineering standard ES-12
                verified: true
                requirements:
                  - { check: tiltStability, angle: 30 °, label: house tilt }
                """, StandardCharsets.UTF_8);
        Path profile = folder.resolve("tender.json");
        Files.writeString(profile, """
                { "format": "chassis-requirements/1", "name": "tender",
                  "requirements": [ { "pack": "un-r107" }, { "pack": "house-rules.yaml" },
                                    { "check": "powerToMass", "minimum": "8 kW/t", "source": "tender clause 7.3" } ] }
                """, StandardCharsets.UTF_8);
        ProfileSheet sheet = new RequirementProfileReader().readSheet(profile);
        assertEquals(3, sheet.profile().entries().size());
        assertEquals("house-rules", sheet.profile().entries().get(1).source().pack());
        assertEquals("our engineering standard ES-12", sheet.profile().entries().get(1).source().source());
        assertTrue(sheet.profile().entries().get(1).source().verified());
        assertEquals("tender", sheet.profile().entries().get(2).source().pack());
        assertFalse(sheet.profile().entries().get(2).source().verified());
        ChassisSpec bus = TestSpecs.fullBus();
        ComplianceReport report = RequirementEvaluator.evaluate(bus, sheet.profile());
        // Tilt 36.36° ≥ 28° and ≥ 30°; 11.25 kW/t ≥ 8 kW/t.
        assertEquals(Verdict.PASS, report.verdict());
    }

    @Test
    void packFileIncludingAPack_isRefused(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("nested.json"), "{ \"format\": \"chassis-requirements/1\", \"name\": \"n\","
                + " \"requirements\": [ { \"pack\": \"un-r13\" } ] }", StandardCharsets.UTF_8);
        Path profile = folder.resolve("tender.json");
        Files.writeString(profile, "{ \"format\": \"chassis-requirements/1\", \"name\": \"t\", \"requirements\": ["
                + " { \"pack\": \"nested.json\" } ] }", StandardCharsets.UTF_8);
        SheetException error = assertThrows(SheetException.class, () -> new RequirementProfileReader().readSheet(profile));
        // `{ "format": "chassis-requirements/1", "name": "n", "requirements": [ { ` is 71 characters.
        assertEquals(folder.resolve("nested.json") + ":1:72: /requirements/0/pack: a rule pack cannot include another"
                + " pack", error.getMessage());
    }
}
