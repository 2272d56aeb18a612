package kr.maskportal.seller.control;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.maskportal.seller.control.AddressReading.Outcome;

/**
 * Reads the province and district out of a free-form Korean address as the feed spells it: full or short province
 * names and aliases ({@code 경상남도}, {@code 경남}, {@code 서울시}), glued words ({@code 전북김제시},
 * {@code 남원시택내길12}), district stems ({@code 경기 안성}), missing provinces ({@code 진주시 …}) and cities with
 * general districts ({@code 수원시 장안구}).
 */
final class AddressReader {

    /** For a province without districts in the reference. */
    private static final DistrictNameTable NO_NAMES = new DistrictNameTable(Map.of()).build();

    private final Map<String, String> provinceByName = new HashMap<>();
    /** Names a first word may start with when glued to the district: {@code 전북김제시}. */
    private final List<String> provinceNamesLongestFirst;
    private final Map<String, DistrictNameTable> tableByProvince = new HashMap<>();
    private final Map<String, Set<String>> districtCodesByProvince;
    private final DistrictNameTable nationwide;
    private final Set<String> allDistricts;

    AddressReader(PlaceReference reference) {
        Map<String, District> districtsByCode = reference.districts().stream()
                .collect(Collectors.toMap(District::code, d -> d));
        nationwide = new DistrictNameTable(districtsByCode);
        for (District district : reference.districts()) {
            tableByProvince.computeIfAbsent(district.provinceCode(), p -> new DistrictNameTable(districtsByCode))
                    .addDistrict(district);
            nationwide.addDistrict(district);
        }
        for (DistrictAlias alias : reference.districtAliases()) {
            tableByProvince.computeIfAbsent(alias.provinceCode(), p -> new DistrictNameTable(districtsByCode))
                    .addAlias(alias.alias(), alias.districtCode());
            nationwide.addAlias(alias.alias(), alias.districtCode());
        }
        tableByProvince.values().forEach(DistrictNameTable::build);
        nationwide.build();
        districtCodesByProvince = reference.districts().stream().collect(Collectors.groupingBy(
                District::provinceCode, Collectors.mapping(District::code, Collectors.toUnmodifiableSet())));
        allDistricts = Set.copyOf(districtsByCode.keySet());

        for (Province province : reference.provinces()) {
            provinceByName.put(province.name(), province.code());
            provinceByName.put(province.shortName(), province.code());
        }
        reference.provinceAliases().forEach(a -> provinceByName.put(a.alias(), a.provinceCode()));
        // 서울시, 충남도: common spellings that need no alias row, unless they are a district's name (광주시, 제주시)
        for (String name : List.copyOf(provinceByName.keySet())) {
            for (String suffix : List.of("시", "도")) {
                String variant = name + suffix;
                if (!nationwide.knows(variant)) {
                    provinceByName.putIfAbsent(variant, provinceByName.get(name));
                }
            }
        }
        provinceNamesLongestFirst = provinceByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    AddressReading read(String address) {
        Deque<String> tokens = AddressTokens.tokens(address);
        if (tokens.isEmpty()) {
            return AddressReading.after(Outcome.NO_DISTRICT, allDistricts, tokens);
        }
        String province = provinceByName.get(tokens.peekFirst());
        if (province != null) {
            tokens.removeFirst();
        } else {
            province = gluedProvince(tokens);
        }
        return province == null ? readWithoutProvince(tokens) : readInProvince(province, tokens);
    }

    /** {@code 전북김제시}: taken for a province only when the rest of the word is one of its districts. */
    private String gluedProvince(Deque<String> tokens) {
        String head = tokens.peekFirst();
        for (String name : provinceNamesLongestFirst) {
            if (head.length() > name.length() && head.startsWith(name)) {
                String province = provinceByName.get(name);
                Deque<String> rest = new ArrayDeque<>(tokens);
                rest.removeFirst();
                rest.addFirst(head.substring(name.length()));
                if (!table(province).match(new ArrayDeque<>(rest)).isEmpty()) {
                    tokens.clear();
                    tokens.addAll(rest);
                    return province;
                }
            }
        }
        return null;
    }

    private AddressReading readInProvince(String province, Deque<String> tokens) {
        Set<String> inProvince = districtCodesByProvince.getOrDefault(province, Set.of());
        if (inProvince.size() == 1) {
            // 세종특별자치시 is one district: whatever follows is a street or a town
            return new AddressReading(Outcome.PLACED_BY_ADDRESS, inProvince, null, List.copyOf(tokens));
        }
        Set<String> codes = table(province).match(tokens);
        if (codes.size() == 1) {
            return AddressReading.after(Outcome.PLACED_BY_ADDRESS, codes, tokens);
        }
        if (!codes.isEmpty()) {
            return AddressReading.after(Outcome.AMBIGUOUS, codes, tokens);
        }
        // 경남 경산시: the province is wrong, but a district name the country has once is a strong enough clue
        Deque<String> again = new ArrayDeque<>(tokens);
        Set<String> elsewhere = nationwide.match(again);
        if (elsewhere.size() == 1) {
            return AddressReading.after(Outcome.PLACED_BY_DISTRICT_NAME, elsewhere, again);
        }
        return unresolved(inProvince, tokens);
    }

    private AddressReading readWithoutProvince(Deque<String> tokens) {
        Set<String> codes = nationwide.match(tokens);
        if (codes.size() == 1) {
            return AddressReading.after(Outcome.PLACED_BY_DISTRICT_NAME, codes, tokens);
        }
        if (!codes.isEmpty()) {
            return AddressReading.after(Outcome.AMBIGUOUS, codes, tokens);
        }
        return unresolved(allDistricts, tokens);
    }

    /**
     * An unknown district name is mostly a former one ({@code 충남 연기군}, now 세종; {@code 경남 마산시}), and with the
     * district the province may have changed too: any district may be meant. With no district name at all, the
     * province still stands.
     */
    private AddressReading unresolved(Set<String> provinceDistricts, Deque<String> tokens) {
        String head = tokens.peekFirst();
        if (head != null && AddressTokens.hasDistrictSuffix(head)) {
            tokens.removeFirst();
            return AddressReading.after(Outcome.UNKNOWN_DISTRICT, allDistricts, tokens);
        }
        return AddressReading.after(Outcome.NO_DISTRICT, provinceDistricts, tokens);
    }

    private DistrictNameTable table(String province) {
        return tableByProvince.getOrDefault(province, NO_NAMES);
    }
}
