// Starts an embedded Neo4j Community DBMS with Bolt on 127.0.0.1, for Touchstone's local database.
// Uses only APIs shared by Neo4j 5.26 and the calendar releases (2025.x/2026.x), so one source
// compiles against both. Options come as key=value arguments; the password comes from the
// TOUCHSTONE_NEO4J_PASSWORD environment variable so it never shows up in a process listing.
package touchstone;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public final class Launcher {
    static final String READY = "TOUCHSTONE_NEO4J_READY";
    static final long MB = 1024L * 1024L;

    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> opts = parse(args);
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "port"));
        String password = System.getenv("TOUCHSTONE_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("TOUCHSTONE_NEO4J_PASSWORD must be set to at least 8 characters");
        }

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, number(opts, "pagecache-mb", 256) * MB)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, number(opts, "tx-max-mb", 256) * MB)
                    .setConfig(GraphDatabaseSettings.transaction_timeout,
                            Duration.ofSeconds(number(opts, "tx-timeout-s", 120)))
                    // The 256 MB default log segment is preallocated per database: half a GB for an
                    // empty store. Small segments and a size cap suit a workstation.
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 32 * MB)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
                    // Internal (present in 5.26 and the calendar releases): the 5 s defaults each
                    // delay a clean stop, and a local instance has no clients worth waiting for.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            fail("could not start Neo4j: " + rootMessage(e));
            return;
        }
        final DatabaseManagementService managed = service;
        Runtime.getRuntime().addShutdownHook(new Thread(managed::shutdown, "touchstone-neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(5).toMillis())) {
            fail("database did not become available within 5 minutes");
        }
        long startedAt = uptimeMillis();
        Passwords.enforceOnce(home, service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        System.out.println("neo4j available after " + startedAt + " ms, ready after " + uptimeMillis()
                + " ms of JVM uptime");

        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();
        watchParent(opts.get("parent-pid"));
        new CountDownLatch(1).await();
    }

    /** Exits when the process that started this one is gone, so a crashed test run leaves no JVM. */
    private static void watchParent(String parentPid) {
        if (parentPid == null || parentPid.isEmpty()) {
            return;
        }
        Thread watcher = new Thread(() -> {
            long pid = Long.parseLong(parentPid);
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("parent process " + pid + " is gone, shutting down");
            System.exit(0);
        }, "touchstone-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                fail("expected key=value argument, got: " + arg);
            }
            opts.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String key) {
        String value = opts.get(key);
        if (value == null || value.isEmpty()) {
            fail("missing required argument " + key + "=...");
        }
        return value;
    }

    private static long number(Map<String, String> opts, String key, long fallback) {
        String value = opts.get(key);
        return value == null || value.isEmpty() ? fallback : Long.parseLong(value);
    }

    private static long uptimeMillis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    static void fail(String message) {
        System.err.println("TOUCHSTONE_NEO4J_FAILED " + message);
        System.exit(1);
    }
}
