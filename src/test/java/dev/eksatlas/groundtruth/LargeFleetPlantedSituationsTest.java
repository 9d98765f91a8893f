package dev.eksatlas.groundtruth;

import dev.eksatlas.simulator.fleet.FleetSpec;

/** The large fleet: hundreds of each situation, the provider quota, and what only chance combines. */
class LargeFleetPlantedSituationsTest extends PlantedSituationsContract {

    @Override
    FleetSpec spec() {
        return FleetSpec.large();
    }
}
