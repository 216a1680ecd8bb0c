package dev.blogapi.importer.syndication;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates real feeds write, as lenient feed readers (feedparser) do: RFC 822 with the day
 * and month names of other languages ({@code Seg, 24 Set 2018 19:42:40 -0300}), ISO 8601 and its
 * common variants, and numeric dates ({@code 2020/1/10 14:33:00}, {@code 08/02/2013 12:00:00}). A
 * date without a zone is UTC.
 *
 * <p>Numbers written {@code a/b/yyyy} are read day first ({@code 08/02/2013} is 8 February), as
 * most of the world writes them, except in a feed whose language is American English ({@code
 * en-us}), where they are read month first; when one reading is impossible (a number over 12), the
 * other one is taken.
 */
final class FeedDates {

    // Month abbreviations beyond English, as feeds write them (first three letters, accents
    // folded): Portuguese, Spanish, French, German, Italian, Dutch.
    private static final Map<String, Integer> MONTHS =
            Map.ofEntries(
                    Map.entry("jan", 1),
                    Map.entry("feb", 2),
                    Map.entry("mar", 3),
                    Map.entry("apr", 4),
                    Map.entry("may", 5),
                    Map.entry("jun", 6),
                    Map.entry("jul", 7),
                    Map.entry("aug", 8),
                    Map.entry("sep", 9),
                    Map.entry("oct", 10),
                    Map.entry("nov", 11),
                    Map.entry("dec", 12),
                    Map.entry("fev", 2),
                    Map.entry("abr", 4),
                    Map.entry("mai", 5),
                    Map.entry("ago", 8),
                    Map.entry("set", 9),
                    Map.entry("out", 10),
                    Map.entry("dez", 12),
                    Map.entry("ene", 1),
                    Map.entry("dic", 12),
                    Map.entry("avr", 4),
                    Map.entry("juin", 6),
                    Map.entry("juil", 7),
                    Map.entry("aou", 8),
                    Map.entry("mrz", 3),
                    Map.entry("okt", 10),
                    Map.entry("gen", 1),
                    Map.entry("mag", 5),
                    Map.entry("giu", 6),
                    Map.entry("lug", 7),
                    Map.entry("ott", 10),
                    Map.entry("maa", 3),
                    Map.entry("mei", 5));

    private static final Map<String, Integer> AMERICAN_ZONES =
            Map.of(
                    "EST", -5, "EDT", -4, "CST", -6, "CDT", -5, "MST", -7, "MDT", -6, "PST", -8,
                    "PDT", -7);
    private static final Pattern OFFSET = Pattern.compile("^([+-])(\\d{2}):?(\\d{2})$");

    private static final Pattern RFC_822 =
            Pattern.compile(
                    "^(?:[^\\d,]+,?\\s*)?(\\d{1,2})\\s+([^\\s\\d]+)\\s+(\\d{2,4})"
                            + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*(.*)$");
    private static final Pattern NUMERIC =
            Pattern.compile(
                    "^(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})"
                            + "(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(.*)$");

    private FeedDates() {}

    /** The instant {@code text} names, or empty when it is not a date this reader knows. */
    static Optional<Instant> parse(String text, String feedLanguage) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String date = text.strip().replaceAll("\\s+", " ");
        try {
            return Optional.of(OffsetDateTime.parse(date).toInstant());
        } catch (DateTimeParseException notIso) {
            // Other forms below.
        }
        try {
            return Optional.of(
                    OffsetDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException notEnglishRfc822) {
            // Other forms below.
        }
        Optional<Instant> read = rfc822(date);
        if (read.isEmpty()) {
            read = numeric(date, feedLanguage);
        }
        return read;
    }

    private static Optional<Instant> rfc822(String date) {
        Matcher m = RFC_822.matcher(date);
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer month = monthOf(m.group(2));
        Optional<ZoneOffset> zone = zoneOf(m.group(7));
        if (month == null || zone.isEmpty()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        year = year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year;
        return at(year, month, Integer.parseInt(m.group(1)), m, 4, zone.get());
    }

    private static Optional<Instant> numeric(String date, String feedLanguage) {
        Matcher m = NUMERIC.matcher(date);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ZoneOffset> zone = zoneOf(m.group(7));
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(m.group(3));
        if (m.group(1).length() == 4) {
            return at(a, b, c, m, 4, zone.get());
        }
        if (m.group(3).length() != 4) {
            return Optional.empty();
        }
        boolean monthFirst = "en-us".equalsIgnoreCase(String.valueOf(feedLanguage).strip());
        if (monthFirst ? a > 12 : b > 12) {
            monthFirst = !monthFirst;
        }
        return monthFirst ? at(c, a, b, m, 4, zone.get()) : at(c, b, a, m, 4, zone.get());
    }

    private static Optional<Instant> at(
            int year, int month, int day, Matcher time, int hourGroup, ZoneOffset zone) {
        try {
            LocalTime clock =
                    time.group(hourGroup) == null
                            ? LocalTime.MIDNIGHT
                            : LocalTime.of(
                                    Integer.parseInt(time.group(hourGroup)),
                                    Integer.parseInt(time.group(hourGroup + 1)),
                                    time.group(hourGroup + 2) == null
                                            ? 0
                                            : Integer.parseInt(time.group(hourGroup + 2)));
            return Optional.of(
                    LocalDateTime.of(LocalDate.of(year, month, day), clock).toInstant(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Integer monthOf(String name) {
        String folded =
                Normalizer.normalize(name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replace(".", "");
        if (folded.length() >= 4 && MONTHS.containsKey(folded.substring(0, 4))) {
            return MONTHS.get(folded.substring(0, 4));
        }
        return folded.length() < 3 ? null : MONTHS.get(folded.substring(0, 3));
    }

    /** A numeric offset, GMT/UT/Z or a US zone abbreviation; nothing at all is UTC. */
    private static Optional<ZoneOffset> zoneOf(String text) {
        String zone = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (zone.isEmpty()
                || zone.equals("Z")
                || zone.equals("GMT")
                || zone.equals("UT")
                || zone.equals("UTC")) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (AMERICAN_ZONES.containsKey(zone)) {
            return Optional.of(ZoneOffset.ofHours(AMERICAN_ZONES.get(zone)));
        }
        Matcher offset = OFFSET.matcher(zone);
        if (offset.matches()) {
            int sign = offset.group(1).equals("-") ? -1 : 1;
            try {
                return Optional.of(
                        ZoneOffset.ofHoursMinutes(
                                sign * Integer.parseInt(offset.group(2)),
                                sign * Integer.parseInt(offset.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
