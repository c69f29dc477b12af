package id.sinergi.liaison;

import id.sinergi.platform.testing.Architecture;
import org.junit.jupiter.api.Test;

/** REST → service → domain, checked on this service's classes by the platform's one rule set. */
class ArchitectureTest {

    @Test
    void layersPointOneWay() {
        Architecture.check("id.sinergi.liaison");
    }
}
