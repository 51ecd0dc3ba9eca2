package app.frontoffice.deploy;

import java.nio.file.Path;

/** Where things are: the tests run with the deploy module as working directory (Surefire's basedir). */
final class DeployPaths {

    static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final Path REPO = MODULE.getParent();
    static final Path K8S = MODULE.resolve("k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path OVERLAYS = K8S.resolve("overlays");
    static final Path PRODUCTION = OVERLAYS.resolve("production");
    static final Path SECRET_EXAMPLE = K8S.resolve("secrets").resolve("secret-example.yaml");
    static final Path ROOT_README = REPO.resolve("README.md");

    /** A path as people read it in a failure message: relative to the repository root. */
    static String show(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(REPO) ? REPO.relativize(abs).toString() : abs.toString();
    }

    private DeployPaths() {
    }
}
