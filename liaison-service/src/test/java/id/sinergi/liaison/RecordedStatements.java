package id.sinergi.liaison;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The SQL Hibernate prepares while a test records it, to count the queries a request makes. */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            RECORDED.add(sql);
        }
        return sql;
    }

    /** Every statement prepared while {@code action} ran (by any thread: the scheduled jobs' too). */
    static synchronized List<String> during(Runnable action) {
        RECORDED.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        return List.copyOf(RECORDED);
    }

    /** How many of {@code statements} read from {@code table} (as the table queried, not one joined). */
    static long readingFrom(List<String> statements, String table) {
        return statements.stream().filter(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("from " + table + " ")).count();
    }
}
