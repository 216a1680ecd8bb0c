package dev.blogapi.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a file a {@code Range} header asks for (RFC 9110 14.2): {@code bytes=a-b}, {@code
 * bytes=a-} or {@code bytes=-n}. Several ranges, or another unit, are answered whole, as the RFC
 * allows; a range that starts past the end cannot be satisfied.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** What the header asks of a file of {@code length} bytes. */
    sealed interface Asked permits Whole, Part, Unsatisfiable {}

    record Whole() implements Asked {}

    record Part(ByteRange range) implements Asked {}

    record Unsatisfiable() implements Asked {}

    long length() {
        return last - first + 1;
    }

    static Asked of(String header, long length) {
        Matcher range = header == null ? null : SINGLE.matcher(header.strip());
        if (range == null
                || !range.matches()
                || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<Long> from = number(range.group(1));
        Optional<Long> to = number(range.group(2));
        if (from.isEmpty()
                && to.isEmpty()
                && !(range.group(1).isEmpty() || range.group(2).isEmpty())) {
            return new Whole();
        }
        if (range.group(1).isEmpty()) {
            long suffix = to.orElse(0L);
            if (suffix == 0 || length == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, length - suffix), length - 1));
        }
        if (from.isEmpty()) {
            return new Whole();
        }
        long first = from.get();
        if (first >= length) {
            return new Unsatisfiable();
        }
        long last =
                range.group(2).isEmpty() ? length - 1 : Math.min(to.orElse(length - 1), length - 1);
        return last < first ? new Whole() : new Part(new ByteRange(first, last));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
