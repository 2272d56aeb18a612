package kr.maskportal.feed.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.maskportal.seller.control.GeoPoint;
import kr.maskportal.seller.control.SellerFieldProblem;
import kr.maskportal.seller.control.SellerFieldRules;

/**
 * Checks the store records of one refresh, in feed order, with the {@link SellerFieldRules rules} of a seller file:
 * what lands here ends up in the same seller table.
 */
final class StoreRecordValidator {

    /** Far more digits than any survey needs; a longer text is garbage, and costly to convert. */
    private static final int MAX_DEGREES_TEXT = 40;

    private final Set<String> acceptedCodes = new HashSet<>();
    private final List<StoreListing> listings = new ArrayList<>();
    private final Map<StoreProblem, Integer> problems = new EnumMap<>(StoreProblem.class);

    /** The code and type are taken as the feed gave them: {@link FeedRecord} is already trimmed, blank is null. */
    void add(FeedRecord record) {
        String code = record.code();
        String name = SellerFieldRules.fold(record.name());
        String address = SellerFieldRules.cleanAddress(record.address());
        Optional<SellerFieldProblem> rejection =
                SellerFieldRules.rejection(code, name, record.type(), address, acceptedCodes);
        if (rejection.isPresent()) {
            count(rejection.get());
            return;
        }
        acceptedCodes.add(code);
        GeoPoint location = SellerFieldRules.location(record.latitude(), record.longitude(),
                StoreRecordValidator::degrees, this::count);
        listings.add(new StoreListing(code, name, SellerFieldRules.type(record.type()).orElseThrow(), address,
                location));
    }

    /**
     * BigDecimal rather than Double.parseDouble, which would also take "NaN", "Infinity" or "36.5d"; unlike a seller
     * file, the feed's JSON numbers may come with an exponent ({@code 3.75E1}).
     */
    private static Double degrees(String text) {
        if (text.length() > MAX_DEGREES_TEXT) {
            return null;
        }
        try {
            return new BigDecimal(text).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The feed's reason of the same name. */
    static StoreProblem storeProblem(SellerFieldProblem problem) {
        return StoreProblem.valueOf(problem.name());
    }

    private void count(SellerFieldProblem problem) {
        problems.merge(storeProblem(problem), 1, Integer::sum);
    }

    List<StoreListing> listings() {
        return Collections.unmodifiableList(listings);
    }

    Map<StoreProblem, Integer> problems() {
        return Collections.unmodifiableMap(problems);
    }
}
