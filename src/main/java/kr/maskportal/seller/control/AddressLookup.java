package kr.maskportal.seller.control;

import java.util.List;
import java.util.Optional;

/**
 * The districts an address names when a program asks by address (the corrected feed's {@code storesByAddr}), read
 * the way seller addresses are read when they are placed: full or short province names and aliases ({@code 서울특별시
 * 마포구}, {@code 서울 마포구}, {@code 서울시 마포구 서교동}), glued words, a district name without its province. A name
 * several districts share ({@code 중구}) or a city with general districts named without one ({@code 경기 수원시})
 * stands for all of them. Immutable and safe for concurrent use.
 */
public final class AddressLookup {

    private final AddressReader reader;

    public AddressLookup(PlaceReference reference) {
        this.reader = new AddressReader(reference);
    }

    /**
     * Empty when the address names no district: nothing, only a province, or a district name the reference does not
     * know (a former one, a typing error).
     */
    public Optional<AddressedPlace> find(String address) {
        AddressReading reading = reader.read(address);
        return switch (reading.outcome()) {
            case PLACED_BY_ADDRESS, PLACED_BY_DISTRICT_NAME, AMBIGUOUS -> Optional.of(new AddressedPlace(
                    reading.candidates().stream().sorted().toList(), reading.rest()));
            case UNKNOWN_DISTRICT, NO_DISTRICT -> Optional.empty();
        };
    }

    /**
     * What an address names.
     *
     * @param districtCodes in code order; one for most addresses
     * @param rest          the words after the district ({@code 서교동}, a street): a seller is at the address only
     *                      when its own address holds every one of them
     */
    public record AddressedPlace(List<String> districtCodes, List<String> rest) {

        public AddressedPlace {
            districtCodes = List.copyOf(districtCodes);
            rest = rest.stream().map(SearchQuery::fold).toList();
        }

        /** Whether a seller of one of the districts is at the address: its address holds every word of the rest. */
        public boolean holds(String sellerAddress) {
            if (rest.isEmpty()) {
                return true;
            }
            if (sellerAddress == null) {
                return false;
            }
            String folded = SearchQuery.fold(sellerAddress);
            for (String word : rest) {
                if (!folded.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }
}
