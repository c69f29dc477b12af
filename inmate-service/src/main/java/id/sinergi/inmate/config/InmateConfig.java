package id.sinergi.inmate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

@ConfigMapping(prefix = "sinergi.inmate")
public interface InmateConfig {

    /** This facility's code: the default facility of an admission. */
    @WithDefault("LAPAS-AMUNTAI")
    String facility();

    /** When the scheduled notices job runs (Quartz-style cron, or {@code off}). */
    @WithDefault("0 15 0 * * ?")
    String noticesCron();

    /**
     * When the integration job releases the stays whose sentence has ended in integration (PB, CB,
     * CMB): Quartz-style cron, or {@code off}.
     */
    @WithDefault("0 20 0 * * ?")
    String integrationCron();

    /** Days before the expected release at which {@code inmate.release-due} goes out. */
    @WithDefault("30,7,1")
    List<Integer> releaseDueDays();

    /**
     * Days before a detention ends at which {@code inmate.detention-expiring} goes out; 0 is the day it
     * ends (D-0).
     */
    @WithDefault("10,3,0")
    List<Integer> detentionExpiringDays();
}
