package app.frontoffice.sheets;

import app.frontoffice.sheets.config.DraftSheetConfig;
import app.frontoffice.sheets.domain.Backoff;
import app.frontoffice.sheets.domain.FlushPolicy;
import app.frontoffice.sheets.domain.IncidentTracker;
import app.frontoffice.sheets.domain.SheetKeys;
import app.frontoffice.sheets.domain.SheetLayout;
import jakarta.inject.Singleton;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the plain-Java domain objects from configuration (singletons: records and final classes need no proxy). */
@Dependent
public class SheetsWriterBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    SheetLayout layout(DraftSheetConfig config) {
        return new SheetLayout(config.worksheet(), config.startColumn());
    }

    @Produces
    @Singleton
    SheetKeys keys(DraftSheetConfig config, Config mpConfig) {
        // Through MicroProfile Config, whose environment source outranks application.properties.
        return new SheetKeys(name -> mpConfig.getOptionalValue(name, String.class), config.keys());
    }

    @Produces
    @Singleton
    FlushPolicy flushPolicy(DraftSheetConfig config) {
        return new FlushPolicy(config.flush().quiet(), config.flush().maxLinger(), config.flush().minInterval());
    }

    @Produces
    @Singleton
    Backoff backoff(DraftSheetConfig config) {
        return new Backoff(config.retry().initialDelay(), config.retry().maxDelay(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Produces
    @Singleton
    IncidentTracker incidents(DraftSheetConfig config) {
        return new IncidentTracker(config.failureNoticeAfter());
    }
}
