package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

/** The size of the real feed on 2020-03-11: every seller of the country in one poll of {@code sales/json}. */
class WholeCountryFeedTest {

    private static final int SELLERS = 25_439;
    private static final int PER_PAGE = 500;
    private static final Instant NOW = Instant.parse("2020-03-11T03:00:00Z");
    private static final String[] STATS = {"plenty", "some", "few", "empty", "break", null};

    @Test
    void aWholeCountryParsesAndValidates() {
        int totalPages = (SELLERS + PER_PAGE - 1) / PER_PAGE;
        Set<String> known = new HashSet<>();
        List<String> bodies = new ArrayList<>();
        for (int page = 1; page <= totalPages; page++) {
            StringBuilder body = new StringBuilder(PER_PAGE * 110);
            body.append("{\"totalPages\":").append(totalPages).append(",\"totalCount\":").append(SELLERS)
                    .append(",\"page\":").append(page).append(",\"count\":")
                    .append(Math.min(PER_PAGE, SELLERS - (page - 1) * PER_PAGE)).append(",\"sales\":[");
            for (int i = (page - 1) * PER_PAGE; i < Math.min(page * PER_PAGE, SELLERS); i++) {
                // a third of the codes as bare numbers, as the feed sometimes sent them; the rest as strings,
                // some with a leading zero that must survive
                String code = i % 3 == 0 ? String.valueOf(10_000_000 + i * 37) : String.format("0%07d", i * 37);
                String codeJson = i % 3 == 0 ? code : "\"" + code + "\"";
                known.add(code);
                if (i % PER_PAGE != 0) {
                    body.append(',');
                }
                body.append("{\"code\":").append(codeJson)
                        .append(",\"created_at\":\"2020/03/11 11:").append(String.format("%02d", i % 60))
                        .append(":00\",\"remain_stat\":").append(FeedPages.quoted(STATS[i % STATS.length]))
                        .append(",\"stock_at\":\"2020/03/11 0").append(8 + i % 2).append(":30:00\"}");
            }
            bodies.add(body.append("]}").toString());
        }
        List<Integer> order = new ArrayList<>();
        for (int page = 1; page <= totalPages; page++) {
            order.add(page);
        }
        Collections.shuffle(order, new Random(2020));

        long started = System.nanoTime();
        FeedPageParser parser = new FeedPageParser();
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.SALES);
        for (int page : order) {
            refresh.add(page, assertInstanceOf(FeedPage.class,
                    parser.parse(FeedEndpoint.SALES, bodies.get(page - 1), "application/json;charset=UTF-8")));
        }
        SalesRefreshResult result = refresh.sales(known, NOW, SELLERS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("parsed and validated %d sales records in %d pages (%d kB) in %d ms%n", SELLERS,
                totalPages, bodies.stream().mapToInt(String::length).sum() / 1024, millis);

        assertEquals(51, totalPages);
        assertEquals(new PageTally(51, 51, Map.of()), result.pages());
        assertEquals(Map.of(), result.problems());
        assertEquals(SELLERS, result.observations().size());
        assertEquals(SELLERS - SELLERS / STATS.length, result.banded(), "one in six has no remain_stat");
        assertTrue(result.accepted());
        SaleObservation first = result.observations().get(0);
        assertEquals("00000037", result.observations().get(1).code());
        assertEquals(new SaleObservation("10000000", StockBand.PLENTY, Instant.parse("2020-03-10T23:30:00Z"),
                Instant.parse("2020-03-11T02:00:00Z")), first);
    }
}
