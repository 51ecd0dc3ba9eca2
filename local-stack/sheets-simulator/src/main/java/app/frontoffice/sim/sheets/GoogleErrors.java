package app.frontoffice.sim.sheets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds Google's JSON error body, {@code {"error":{"code","message","status","errors":[…]}}}.
 *
 * <p>The Java client reads {@code code} and {@code message} into {@code GoogleJsonResponseException}
 * ({@code getStatusCode()}, {@code getDetails().getMessage()}); {@code status} and {@code errors[].reason}
 * are there so code that inspects them (e.g. a retry filter on "rateLimitExceeded") sees real values.
 */
final class GoogleErrors {

    static final String WRITE_QUOTA_MESSAGE = "Quota exceeded for quota metric 'Write requests' and limit "
            + "'Write requests per minute per user' of service 'sheets.googleapis.com' for consumer "
            + "'project_number:000000000000'.";

    private GoogleErrors() {
    }

    static ObjectNode body(int code, String message) {
        ObjectNode error = Json.MAPPER.createObjectNode();
        error.put("code", code);
        error.put("message", message != null ? message : defaultMessage(code));
        error.put("status", statusName(code));
        ObjectNode detail = error.putArray("errors").addObject();
        detail.put("message", error.get("message").asText());
        detail.put("domain", code == 429 ? "usageLimits" : "global");
        detail.put("reason", reason(code));
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("error", error);
        return root;
    }

    /** The canonical gRPC status name Google puts next to the HTTP code. */
    static String statusName(int code) {
        return switch (code) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 409 -> "ABORTED";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 501 -> "UNIMPLEMENTED";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
        };
    }

    static String defaultMessage(int code) {
        return switch (code) {
            case 400 -> "Request contains an invalid argument.";
            case 401 -> "Request had invalid authentication credentials.";
            case 403 -> "The caller does not have permission";
            case 404 -> "Requested entity was not found.";
            case 429 -> WRITE_QUOTA_MESSAGE;
            case 503 -> "The service is currently unavailable.";
            case 504 -> "The request timed out. Please try again.";
            default -> code >= 500 ? "Internal error encountered." : "Request failed.";
        };
    }

    private static String reason(int code) {
        return switch (code) {
            case 400 -> "badRequest";
            case 401 -> "authError";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 429 -> "rateLimitExceeded";
            default -> code >= 500 ? "backendError" : "failedPrecondition";
        };
    }
}
