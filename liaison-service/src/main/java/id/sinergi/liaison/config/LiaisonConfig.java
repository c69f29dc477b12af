package id.sinergi.liaison.config;

import id.sinergi.liaison.domain.NotificationRule;
import id.sinergi.liaison.domain.OffenceCategory;
import id.sinergi.liaison.domain.RiskLevel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "sinergi.liaison")
public interface LiaisonConfig {

    /**
     * The fallback Polres unit (token {@code unit} claim): notices and records go to the unit covering the
     * regency of the facility (a release plan's regency or the detaining unit first, where they apply), and
     * to this one only when liaison does not know the facility (no {@code inmate.facility-changed} kept),
     * its regency, or a unit covering it ({@code service.Recipients}).
     */
    @WithDefault("POLRES-HSU")
    String polresUnit();

    @WithName("notify")
    Notify notifyRule();

    /** How long the addressee has to acknowledge a notification before it escalates. */
    @WithDefault("PT48H")
    Duration escalateAfter();

    /**
     * Minutes Polres has to acknowledge the urgent notice of an escape before it escalates to
     * polres-head (env {@code SINERGI_LIAISON_ESCAPE_ACK_MINUTES}).
     */
    @WithDefault("30")
    int escapeAckMinutes();

    /** How long the Lapas has to answer an information request before it shows as overdue. */
    @WithDefault("P3D")
    Duration answerWithin();

    /** The longest full-record access an approval may grant. */
    @WithDefault("P90D")
    Duration maxAccess();

    /** How long before its end an active agreement counts as about to expire (the dashboard's window). */
    @WithDefault("P60D")
    Duration agreementExpiryNotice();

    /** How often the escalation job runs ({@code every} of the scheduler: 1m, 30s, or off); read by its {@code @Scheduled}. */
    @WithDefault("1m")
    String escalationInterval();

    /** How often the workload gauges are read ({@code every} of the scheduler); read by the monitor's {@code @Scheduled}. */
    @WithDefault("30s")
    String monitorInterval();

    /** Webhooks for agency systems that cannot read Kafka (issue 22 point 5). */
    Webhooks webhooks();

    /** The notification rule: which WBP Polres is told about before and on release. */
    interface Notify {

        @WithDefault("HIGH")
        Set<RiskLevel> riskLevels();

        Optional<Set<OffenceCategory>> offenceCategories();
    }

    default NotificationRule notificationRule() {
        return new NotificationRule(notifyRule().riskLevels(),
                notifyRule().offenceCategories().orElse(EnumSet.noneOf(OffenceCategory.class)));
    }

    /** How deliveries are sent and retried. */
    interface Webhooks {

        /** Plain http to 127.0.0.1, ::1 or localhost: for dev and tests only, never in production. */
        @WithDefault("false")
        boolean allowLoopbackHttp();

        /** How often the dispatcher looks for due deliveries ({@code every} of the scheduler); read by its {@code @Scheduled}. */
        @WithDefault("1s")
        String dispatchInterval();

        /** How long one POST may take, connecting included, before it counts as failed. */
        @WithDefault("PT5S")
        Duration timeout();

        /** The waits before the 2nd, 3rd, … attempt; the last one repeats until the retention ends. */
        @WithDefault("PT5S,PT30S,PT2M,PT10M,PT1H,PT3H")
        List<Duration> backoff();

        /** How long an undelivered event is kept and retried, paused subscriptions included; then ABANDONED. */
        @WithDefault("P3D")
        Duration retention();

        /** How long delivered and abandoned deliveries stay listed before they are deleted. */
        @WithDefault("P30D")
        Duration history();

        /** Failed attempts in a row after which the subscription is paused. */
        @WithDefault("10")
        int pauseAfterFailures();

        /** Deliveries (of as many subscriptions) sent at once by one round of the dispatcher. */
        @WithDefault("20")
        int batchSize();
    }
}
