package kr.maskportal.seller.control;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the public pages show about where sellers are, frozen at one moment. Replaced whole, never changed,
 * so a page reads one consistent picture without locks or database round trips.
 */
public final class DirectorySnapshot {

    static final DirectorySnapshot EMPTY = new DirectorySnapshot(List.of(), List.of(), Instant.EPOCH);

    private static final Collator KOREAN = Collator.getInstance(Locale.KOREAN);

    private final List<DirectoryProvince> provinces;
    private final Map<String, DirectoryProvince> provincesByCode;
    private final Map<String, DirectoryDistrict> districtsByCode;
    private final Map<String, DirectorySeller> sellersByCode;
    private final List<DirectorySeller> unplaced;
    private final Instant builtAt;

    private DirectorySnapshot(List<DirectoryProvince> provinces, List<DirectorySeller> unplaced, Instant builtAt) {
        this.provinces = List.copyOf(provinces);
        this.unplaced = List.copyOf(unplaced);
        this.builtAt = builtAt;
        this.provincesByCode = provinces.stream()
                .collect(Collectors.toUnmodifiableMap(DirectoryProvince::getCode, Function.identity()));
        this.districtsByCode = provinces.stream().flatMap(p -> p.getDistricts().stream())
                .collect(Collectors.toUnmodifiableMap(DirectoryDistrict::getCode, Function.identity()));
        var sellers = new HashMap<String, DirectorySeller>();
        districtsByCode.values().forEach(d -> d.getSellers().forEach(s -> sellers.put(s.getCode(), s)));
        unplaced.forEach(s -> sellers.put(s.getCode(), s));
        this.sellersByCode = Map.copyOf(sellers);
    }

    /** Provinces in their customary order; districts and sellers sorted by their Korean names. */
    public static DirectorySnapshot build(Collection<Province> provinceList, Collection<District> districtList,
            Collection<DirectorySeller> sellerList, Instant builtAt) {
        Comparator<DirectorySeller> byName = Comparator.comparing(DirectorySeller::getName, KOREAN)
                .thenComparing(DirectorySeller::getCode);
        Map<String, List<DirectorySeller>> sellersByDistrict = new HashMap<>();
        List<DirectorySeller> unplaced = new ArrayList<>();
        for (DirectorySeller seller : sellerList) {
            if (seller.getDistrictCode() == null) {
                unplaced.add(seller);
            } else {
                sellersByDistrict.computeIfAbsent(seller.getDistrictCode(), c -> new ArrayList<>()).add(seller);
            }
        }
        Map<String, List<DirectoryDistrict>> districtsByProvince = new HashMap<>();
        for (District district : districtList) {
            List<DirectorySeller> sellers = sellersByDistrict.getOrDefault(district.code(), new ArrayList<>());
            sellers.sort(byName);
            districtsByProvince.computeIfAbsent(district.provinceCode(), c -> new ArrayList<>())
                    .add(new DirectoryDistrict(district.code(), district.name(), district.nameEn(),
                            district.provinceCode(), sellers));
        }
        List<DirectoryProvince> provinces = provinceList.stream()
                .sorted(Comparator.comparingInt(Province::sortOrder))
                .map(p -> {
                    List<DirectoryDistrict> districts = districtsByProvince.getOrDefault(p.code(), new ArrayList<>());
                    districts.sort(Comparator.comparing(DirectoryDistrict::getName, KOREAN));
                    return new DirectoryProvince(p.code(), p.name(), p.nameEn(), districts);
                })
                .toList();
        unplaced.sort(byName);
        return new DirectorySnapshot(provinces, unplaced, builtAt);
    }

    public List<DirectoryProvince> provinces() {
        return provinces;
    }

    public Optional<DirectoryProvince> province(String code) {
        return Optional.ofNullable(code).map(provincesByCode::get);
    }

    public Optional<DirectoryDistrict> district(String code) {
        return Optional.ofNullable(code).map(districtsByCode::get);
    }

    /** A district as staff pages name it, province first ("서울특별시 마포구"); empty for an unknown code. */
    public Optional<String> placeName(String districtCode) {
        return district(districtCode).map(d -> province(d.getProvinceCode()).map(p -> p.getName() + " ").orElse("")
                + d.getName());
    }

    public Optional<DirectorySeller> seller(String code) {
        return Optional.ofNullable(code).map(sellersByCode::get);
    }

    /** Sellers whose address named no district that could be found; administrators see them with the reason. */
    public List<DirectorySeller> unplaced() {
        return unplaced;
    }

    /** Every listed seller, placed or not. */
    public Collection<DirectorySeller> sellers() {
        return sellersByCode.values();
    }

    /** Codes of every seller the portal knows, placed or not: the feed's records are checked against them. */
    public Set<String> sellerCodes() {
        return sellersByCode.keySet();
    }

    public int sellerCount() {
        return sellersByCode.size();
    }

    public Instant builtAt() {
        return builtAt;
    }
}
