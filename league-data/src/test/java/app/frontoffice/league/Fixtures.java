package app.frontoffice.league;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small valid league the rule tests break one piece at a time. */
final class Fixtures {

    private Fixtures() {
    }

    static String smallLeague() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/small-league.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode smallTree() {
        try {
            return (ObjectNode) LeagueFiles.mapper().readTree(smallLeague());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem lines reported for the small league after {@code change}; fails if it still parses. */
    static List<String> problemsAfter(Consumer<ObjectNode> change) {
        ObjectNode tree = smallTree();
        change.accept(tree);
        return problemsOf(tree.toString());
    }

    static List<String> problemsOf(String json) {
        LeagueFileException[] thrown = new LeagueFileException[1];
        assertThatThrownBy(() -> LeagueFiles.parse(json))
                .isInstanceOfSatisfying(LeagueFileException.class, e -> thrown[0] = e);
        return thrown[0].messages();
    }

    static ObjectNode at(ObjectNode tree, String section, int index) {
        return (ObjectNode) tree.withArray(section).get(index);
    }

    static ObjectNode object(ObjectNode tree, String name) {
        return (ObjectNode) tree.get(name);
    }

    static ArrayNode array(ObjectNode node, String name) {
        return (ArrayNode) node.get(name);
    }
}
