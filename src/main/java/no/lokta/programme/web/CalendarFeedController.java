package no.lokta.programme.web;

import java.util.UUID;
import no.lokta.programme.calendar.CalendarFeeds;
import no.lokta.programme.calendar.Ics;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Calendar feeds (iCal) to subscribe to; no sign-in, as calendar programs cannot sign in. */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/programme/activities/{id}/calendar.ics")
    ResponseEntity<byte[]> activity(@PathVariable UUID id) {
        return calendar(feeds.activity(id), false);
    }

    @GetMapping("/programme/networks/{networkId}/calendar.ics")
    ResponseEntity<byte[]> network(@PathVariable UUID networkId) {
        return calendar(feeds.network(networkId), false);
    }

    @GetMapping("/programme/calendar/{secret}.ics")
    ResponseEntity<byte[]> personal(@PathVariable String secret) {
        return calendar(feeds.personal(secret), true);
    }

    private static ResponseEntity<byte[]> calendar(byte[] ics, boolean personal) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, Ics.CONTENT_TYPE)
                // a personal feed is kept out of shared caches
                .cacheControl(personal ? CacheControl.noStore() : CacheControl.noCache())
                .body(ics);
    }
}
