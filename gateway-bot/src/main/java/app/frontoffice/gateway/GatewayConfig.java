package app.frontoffice.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The gateway's own behaviour. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** How long the owning service may take before the member is told it is not answering. */
    @WithDefault("10s")
    Duration answerTimeout();

    /**
     * How long publishing a command may take before the member is told the league office cannot be
     * reached (the Kafka producer's max block and delivery timeout).
     */
    @WithDefault("3s")
    Duration publishTimeout();

    /** How long one Discord action may take before the next one of the league is executed. */
    @WithDefault("30s")
    Duration actionTimeout();

    /** The roster abbreviation of free agents, for the draft's autocomplete. */
    @WithDefault("FA")
    String freeAgentRoster();
}
