package dev.blogapi.importer.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedDatesTest {

    private static Optional<Instant> read(String text) {
        return FeedDates.parse(text, "en");
    }

    private static Optional<Instant> at(String iso) {
        return Optional.of(Instant.parse(iso));
    }

    @Test
    void readsRfc822InEnglishAndInOtherLanguages() {
        assertEquals(at("2007-06-30T12:16:04Z"), read("Sat, 30 Jun 2007 12:16:04 +0000"));
        assertEquals(at("2018-09-24T22:42:40Z"), read("Seg, 24 Set 2018 19:42:40 -0300"));
        assertEquals(at("2019-02-03T09:00:00Z"), read("dim., 3 févr. 2019 10:00:00 +0100"));
        assertEquals(at("2019-06-03T09:00:00Z"), read("lun., 3 juin 2019 10:00:00 +0100"));
        assertEquals(at("2019-07-03T09:00:00Z"), read("mer., 3 juil. 2019 10:00:00 +0100"));
        assertEquals(at("2019-12-03T15:00:00Z"), read("Di, 03 Dez 2019 16:00:00 +0100"));
        assertEquals(at("2019-12-03T21:00:00Z"), read("Tue, 3 Dec 19 16:00 EST"));
        assertEquals(at("2019-12-03T16:00:00Z"), read("3 Dec 2019 16:00:00 GMT"));
    }

    @Test
    void readsIso8601AndItsVariants() {
        assertEquals(at("2019-12-03T16:00:00Z"), read("2019-12-03T16:00:00Z"));
        assertEquals(at("2019-12-03T15:00:00Z"), read("2019-12-03T16:00:00+01:00"));
        assertEquals(at("2019-12-03T16:00:00Z"), read("2019-12-03 16:00:00"));
        assertEquals(at("2019-12-03T16:00:00Z"), read("2019-12-03T16:00:00.250"));
        assertEquals(at("2019-12-03T00:00:00Z"), read("2019-12-03"));
    }

    @Test
    void readsNumericDatesDayFirstUnlessTheFeedIsAmericanOrThatIsImpossible() {
        assertEquals(at("2020-01-10T14:33:00Z"), read("2020/1/10 14:33:00"));
        assertEquals(at("2013-02-08T12:00:00Z"), read("08/02/2013 12:00:00"));
        assertEquals(at("2013-08-02T12:00:00Z"), FeedDates.parse("08/02/2013 12:00:00", "en-US"));
        assertEquals(at("2013-12-25T00:00:00Z"), read("12/25/2013"));
        assertEquals(at("2013-12-25T00:00:00Z"), FeedDates.parse("25/12/2013", "en-us"));
    }

    @Test
    void leavesWhatIsNoDate() {
        assertEquals(Optional.empty(), read("yesterday"));
        assertEquals(Optional.empty(), read(""));
        assertEquals(Optional.empty(), read(null));
        assertEquals(Optional.empty(), read("31/02/2013"));
        assertEquals(Optional.empty(), read("Mon, 3 Foo 2019 10:00:00 +0000"));
    }
}
