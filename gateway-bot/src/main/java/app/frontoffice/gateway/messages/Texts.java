package app.frontoffice.gateway.messages;

/** What the gateway itself says to members. Short and friendly: these replace a "thinking…" spinner. */
public final class Texts {

    public static final String NOT_ANSWERING =
            "⏳ The league office is not answering right now — please try again in a minute.";

    public static final String OFFICE_UNREACHABLE =
            "⚠️ The league office can't be reached right now — please try again in a minute.";

    public static final String UNKNOWN_COMMAND =
            "This command is not available any more.";

    public static final String ANSWER_FAILED =
            "⚠️ Something went wrong while answering — please try again in a minute.";

    public static String dmClosed(String userId) {
        return "⚠️ I couldn't send <@" + userId + "> a direct message: their DMs are closed.";
    }

    public static String actionFailed(String what) {
        return "⚠️ " + what + " didn't go through.";
    }

    private Texts() {
    }
}
