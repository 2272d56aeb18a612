package kr.maskportal.seller.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places every seller of a list in its district. The address decides whenever it can, even against the
 * coordinates, which are often a geocoder's guess. When it cannot (no province and a name several provinces have,
 * a city with general districts but no general district, no district at all), the coordinates decide among the
 * districts the address still allows, by the sellers nearby that their address placed. Without coordinates, a
 * town named in the address may still single out one of several districts.
 *
 * <p>The whole list is placed at once because the sellers placed by address are what the others are judged by.
 */
public final class DistrictPlacer {

    private final AddressReader addresses;

    public DistrictPlacer(PlaceReference reference) {
        this.addresses = new AddressReader(reference);
    }

    /** The placement of every seller, by seller code, in the order of the list. */
    public Map<String, Placement> placeAll(List<SellerRow> sellers) {
        Map<String, Placement> placements = new LinkedHashMap<>();
        List<Undecided> undecided = new ArrayList<>();
        var neighbours = new NearestPlacedSellers();
        Map<String, Set<String>> districtsByTown = new HashMap<>();

        for (SellerRow seller : sellers) {
            AddressReading reading = addresses.read(seller.address());
            if (!reading.placed()) {
                undecided.add(new Undecided(seller, reading));
                continue;
            }
            String district = reading.placedDistrict();
            placements.put(seller.code(), Placement.placed(district,
                    reading.outcome() == AddressReading.Outcome.PLACED_BY_ADDRESS
                            ? PlacedBy.ADDRESS : PlacedBy.CITY_NAME));
            if (seller.hasLocation()) {
                neighbours.add(seller.location(), district);
            }
            if (reading.town() != null) {
                districtsByTown.computeIfAbsent(reading.town(), t -> new HashSet<>()).add(district);
            }
        }

        for (Undecided u : undecided) {
            placements.put(u.seller().code(), decide(u, neighbours, districtsByTown));
        }
        // keep the list's order, so that callers can report in file order
        Map<String, Placement> ordered = new LinkedHashMap<>();
        sellers.forEach(s -> ordered.put(s.code(), placements.get(s.code())));
        return ordered;
    }

    private static Placement decide(Undecided u, NearestPlacedSellers neighbours,
                                    Map<String, Set<String>> districtsByTown) {
        AddressReading reading = u.reading();
        if (u.seller().hasLocation()) {
            return neighbours.districtAt(u.seller().location(), reading.candidates())
                    .map(d -> Placement.placed(d, PlacedBy.COORDINATES))
                    .orElseGet(() -> Placement.unplaced(UnplacedReason.NO_PLACED_SELLER_NEARBY));
        }
        Optional<String> byTown = byTown(reading, districtsByTown);
        if (byTown.isPresent()) {
            return Placement.placed(byTown.get(), PlacedBy.TOWN_NAME);
        }
        return Placement.unplaced(switch (reading.outcome()) {
            case AMBIGUOUS -> UnplacedReason.AMBIGUOUS_WITHOUT_COORDINATES;
            case UNKNOWN_DISTRICT -> UnplacedReason.UNKNOWN_DISTRICT;
            case NO_DISTRICT -> UnplacedReason.NO_DISTRICT_IN_ADDRESS;
            case PLACED_BY_ADDRESS, PLACED_BY_DISTRICT_NAME -> throw new IllegalStateException("already placed");
        });
    }

    /**
     * 고성군 토성면 without a province: only 강원 고성군 has a 토성면 among the sellers placed by address. Used only for
     * an ambiguous district name, where the town chooses between a handful of districts; a town alone, among all
     * districts of the country, is too weak (there are dozens of 남면).
     */
    private static Optional<String> byTown(AddressReading reading, Map<String, Set<String>> districtsByTown) {
        if (reading.outcome() != AddressReading.Outcome.AMBIGUOUS || reading.town() == null) {
            return Optional.empty();
        }
        Set<String> withTown = new HashSet<>(districtsByTown.getOrDefault(reading.town(), Set.of()));
        withTown.retainAll(reading.candidates());
        return withTown.size() == 1 ? Optional.of(withTown.iterator().next()) : Optional.empty();
    }

    private record Undecided(SellerRow seller, AddressReading reading) {
    }
}
