package dev.eksatlas.groundtruth;

import dev.eksatlas.simulator.fleet.FleetSpec;

/** The demo fleet (every situation but the provider quota, at least once). */
class DemoFleetPlantedSituationsTest extends PlantedSituationsContract {

    @Override
    FleetSpec spec() {
        return FleetSpec.demo();
    }
}
