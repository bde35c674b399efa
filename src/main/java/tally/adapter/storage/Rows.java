package tally.adapter.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.moderation.Actor;
import tally.app.moderation.Change;
import tally.app.moderation.ClaimRef;
import tally.app.moderation.PinnedSummary;
import tally.app.moderation.Report;
import tally.model.Metric;

/** Result rows to records, for the column lists of {@link JdbcModerationStore}. Closes the result set. */
final class Rows {

    private Rows() {
    }

    static List<Change> changes(ResultSet rows) throws SQLException {
        try (rows) {
            List<Change> out = new ArrayList<>();
            while (rows.next()) {
                out.add(new Change(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), new Actor(rows.getString(3)),
                        Change.Action.valueOf(rows.getString(4)), claim(rows, 5),
                        AmendmentJson.read(rows.getString(10)), AmendmentJson.read(rows.getString(11)),
                        rows.getString(12), nullableLong(rows, 13), nullableLong(rows, 14)));
            }
            return out;
        }
    }

    static List<Report> reports(ResultSet rows) throws SQLException {
        try (rows) {
            List<Report> out = new ArrayList<>();
            while (rows.next()) {
                Report.Reason reason = Report.Reason.byId(rows.getString(8))
                        .orElseThrow(() -> new SQLException("unknown report reason in the database"));
                out.add(new Report(rows.getLong(1), new Actor(rows.getString(2)), claim(rows, 3), reason,
                        rows.getString(9), Instant.ofEpochMilli(rows.getLong(10)), nullableLong(rows, 11)));
            }
            return out;
        }
    }

    static List<PinnedSummary> pins(ResultSet rows) throws SQLException {
        try (rows) {
            List<PinnedSummary> out = new ArrayList<>();
            while (rows.next()) {
                out.add(new PinnedSummary(rows.getString(2), rows.getString(3), rows.getString(1),
                        Instant.ofEpochMilli(rows.getLong(4)), Instant.ofEpochMilli(rows.getLong(5)),
                        rows.getString(6), AmendmentJson.readMap(rows.getString(7))));
            }
            return out;
        }
    }

    /** id, file, sentence, wording, metric from column {@code at} on. */
    private static ClaimRef claim(ResultSet rows, int at) throws SQLException {
        String metricId = rows.getString(at + 4);
        Metric metric = Metric.byId(metricId)
                .orElseThrow(() -> new SQLException("unknown metric in the database: " + metricId));
        return new ClaimRef(rows.getString(at), rows.getString(at + 1), rows.getString(at + 2), rows.getString(at + 3),
                metric);
    }

    private static @Nullable Long nullableLong(ResultSet rows, int index) throws SQLException {
        long value = rows.getLong(index);
        return rows.wasNull() ? null : value;
    }
}
