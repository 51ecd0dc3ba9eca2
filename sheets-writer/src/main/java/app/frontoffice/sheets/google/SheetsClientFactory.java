package app.frontoffice.sheets.google;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.SheetsScopes;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Builds the real Google Sheets client. Credentials are never logged; in production they come from
 * Google's application default credentials ({@code GOOGLE_APPLICATION_CREDENTIALS}).
 */
public final class SheetsClientFactory {

    public static final String APPLICATION_DEFAULT = "application-default";
    public static final String FAKE = "fake";

    private SheetsClientFactory() {
    }

    public static Sheets create(String rootUrl, String credentialsMode, Duration timeout) throws IOException {
        HttpRequestInitializer auth = new HttpCredentialsAdapter(credentials(credentialsMode));
        int millis = Math.toIntExact(timeout.toMillis());
        HttpRequestInitializer initializer = request -> {
            auth.initialize(request);
            request.setConnectTimeout(millis);
            request.setReadTimeout(millis);
            // No retry handlers on purpose: the writer retries with back-off and coalesces meanwhile.
        };
        return new Sheets.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), initializer)
                .setRootUrl(rootUrl)
                .setApplicationName("front-office-sheets-writer")
                .build();
    }

    static GoogleCredentials credentials(String mode) throws IOException {
        return switch (mode) {
            // A real-shaped bearer token with no expiry: no token endpoint is ever called.
            case FAKE -> GoogleCredentials.create(new AccessToken("fake", null));
            case APPLICATION_DEFAULT -> GoogleCredentials.getApplicationDefault()
                    .createScoped(List.of(SheetsScopes.SPREADSHEETS));
            default -> throw new IllegalArgumentException(
                    "draft-sheet.credentials must be " + APPLICATION_DEFAULT + " or " + FAKE);
        };
    }
}
