package org.probity.backup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, of the
 * last 5 weeks and of the last 12 months. Backups taken by hand are never thinned out.
 */
public final class Rotation {

    public static final int DAYS = 7;
    public static final int WEEKS = 5;
    public static final int MONTHS = 12;

    private Rotation() {
    }

    /** The automatic backups among {@code backups} to keep. */
    public static Set<BackupFile> keep(List<BackupFile> backups) {
        List<BackupFile> newestFirst = backups.stream().filter(BackupFile::automatic)
                .sorted(Comparator.comparing(BackupFile::takenAt).reversed()).toList();
        Set<BackupFile> keep = new LinkedHashSet<>();
        keepNewestPer(newestFirst, b -> b.takenAt().toLocalDate(), DAYS, keep);
        keepNewestPer(newestFirst, b -> {
            LocalDate day = b.takenAt().toLocalDate();
            return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }, WEEKS, keep);
        keepNewestPer(newestFirst, b -> YearMonth.from(b.takenAt()), MONTHS, keep);
        return keep;
    }

    private static void keepNewestPer(List<BackupFile> newestFirst, Function<BackupFile, Object> period, int periods,
                                      Set<BackupFile> keep) {
        Set<Object> seen = new HashSet<>();
        for (BackupFile backup : newestFirst) {
            if (seen.size() == periods && !seen.contains(period.apply(backup))) {
                return;
            }
            if (seen.add(period.apply(backup))) {
                keep.add(backup);
            }
        }
    }
}
