package app.frontoffice.deploy;

/** Splits container image references: {@code repo[:tag][@digest]}. */
final class Images {

    /** The image without tag or digest. */
    static String repository(String image) {
        String s = stripDigest(image);
        int colon = s.lastIndexOf(':');
        return colon > s.lastIndexOf('/') ? s.substring(0, colon) : s;
    }

    /** The tag, or null. */
    static String tag(String image) {
        String s = stripDigest(image);
        int colon = s.lastIndexOf(':');
        return colon > s.lastIndexOf('/') ? s.substring(colon + 1) : null;
    }

    static boolean hasDigest(String image) {
        return image.contains("@");
    }

    /** What follows the repository: ":tag", "@digest", both or "". */
    static String reference(String image) {
        return image.substring(repository(image).length());
    }

    private static String stripDigest(String image) {
        int at = image.indexOf('@');
        return at < 0 ? image : image.substring(0, at);
    }

    private Images() {
    }
}
