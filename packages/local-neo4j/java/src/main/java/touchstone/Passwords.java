// Makes the `neo4j` user's password the one the launcher was given, once per store.
// A fresh store has the default password flagged "change required"; it is replaced, then a marker
// file is written so later starts skip the system-database Cypher (its first compile costs seconds).
// Without the marker (a fresh store, or a first start that died midway) the password is asserted.
package touchstone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

final class Passwords {
    static final String MARKER = "touchstone-password-set";
    private static final String ALTER = "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED";

    private Passwords() {}

    static void enforceOnce(Path home, GraphDatabaseService system, String password) {
        Path marker = home.resolve(MARKER);
        if (Files.exists(marker)) {
            return;
        }
        try {
            system.executeTransactionally(ALTER, Map.of("pw", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to its current value: then it is already set.
            if (!isSamePassword(e)) {
                Launcher.fail("could not set the neo4j password: " + Launcher.rootMessage(e));
            }
        }
        try {
            Files.writeString(marker, "the neo4j user's password was set by the Touchstone launcher\n");
        } catch (IOException e) {
            Launcher.fail("could not write " + marker + ": " + e.getMessage());
        }
    }

    private static boolean isSamePassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase().contains("cannot be the same")) {
                return true;
            }
        }
        return false;
    }
}
