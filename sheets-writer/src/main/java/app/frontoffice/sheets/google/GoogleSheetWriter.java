package app.frontoffice.sheets.google;

import app.frontoffice.sheets.config.DraftSheetConfig;
import app.frontoffice.sheets.domain.RowBlock;
import app.frontoffice.sheets.domain.SheetWriteException;
import app.frontoffice.sheets.domain.SheetWriter;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesRequest;
import com.google.api.services.sheets.v4.model.ValueRange;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.List;

/**
 * The only place that calls Google: every write is one {@code values.batchUpdate} (one write against
 * the quota however many ranges it carries), RAW so a player name is never parsed as a formula. The
 * client is built on first use, so a service with the sheet disabled needs no credentials at all.
 */
@ApplicationScoped
public class GoogleSheetWriter implements SheetWriter {

    private final DraftSheetConfig config;
    private final MeterRegistry registry;
    private volatile Sheets sheets;

    public GoogleSheetWriter(DraftSheetConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    public void write(String spreadsheetKey, List<RowBlock> blocks) throws SheetWriteException {
        BatchUpdateValuesRequest request = new BatchUpdateValuesRequest()
                .setValueInputOption("RAW")
                .setData(blocks.stream()
                        .map(b -> new ValueRange().setRange(b.range()).setValues(b.rows()))
                        .toList());
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            client().spreadsheets().values().batchUpdate(spreadsheetKey, request).execute();
            outcome = "success";
        } catch (GoogleJsonResponseException e) {
            outcome = String.valueOf(e.getStatusCode());
            String detail = e.getDetails() != null ? e.getDetails().getMessage() : e.getStatusMessage();
            throw new SheetWriteException(e.getStatusCode(), "Sheets answered " + e.getStatusCode() + ": " + detail, e);
        } catch (HttpResponseException e) {
            outcome = String.valueOf(e.getStatusCode());
            throw new SheetWriteException(e.getStatusCode(), "Sheets answered " + e.getStatusCode(), e);
        } catch (IOException | RuntimeException e) {
            throw new SheetWriteException(0, "Sheets call failed: " + e.getMessage(), e);
        } finally {
            sample.stop(registry.timer("sheets.writer.api.calls", "operation", "values.batchUpdate",
                    "outcome", outcome));
        }
    }

    private Sheets client() throws IOException {
        Sheets current = sheets;
        if (current == null) {
            synchronized (this) {
                if (sheets == null) {
                    sheets = SheetsClientFactory.create(config.rootUrl(), config.credentials(), config.timeout());
                }
                current = sheets;
            }
        }
        return current;
    }
}
