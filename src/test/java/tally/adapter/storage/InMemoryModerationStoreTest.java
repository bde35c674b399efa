package tally.adapter.storage;

import tally.app.port.ModerationStore;

class InMemoryModerationStoreTest extends ModerationStoreContract {
    @Override
    ModerationStore open() {
        return new InMemoryModerationStore();
    }
}
