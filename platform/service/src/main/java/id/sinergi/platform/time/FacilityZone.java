package id.sinergi.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.ZoneId;

/** The facility's time zone: WITA for Lapas Amuntai (env {@code SINERGI_FACILITY_ZONE}). */
@ConfigMapping(prefix = "sinergi.facility")
public interface FacilityZone {

    @WithName("zone")
    @WithDefault("Asia/Makassar")
    ZoneId id();
}
