package id.sinergi.program.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "sinergi.program")
public interface ProgramConfig {

    /**
     * The facility program-service served alone before the region: the programmes and WBP it knew
     * then are of it (migration V6), and so is a WBP whose inmate event names no facility.
     */
    String facility();
}
