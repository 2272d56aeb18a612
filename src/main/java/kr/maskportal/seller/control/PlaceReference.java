package kr.maskportal.seller.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The provinces and districts of Korea with the other names they go by in addresses. Immutable. */
public final class PlaceReference {

    private final List<Province> provinces;
    private final List<District> districts;
    private final List<ProvinceAlias> provinceAliases;
    private final List<DistrictAlias> districtAliases;
    private final Map<String, Province> provincesByCode = new HashMap<>();
    private final Map<String, District> districtsByCode = new HashMap<>();
    private final Map<String, List<District>> districtsByProvince;

    /** @throws IllegalArgumentException when a district or alias points to a code that is not in the lists */
    public PlaceReference(List<Province> provinces, List<District> districts,
                          List<ProvinceAlias> provinceAliases, List<DistrictAlias> districtAliases) {
        this.provinces = provinces.stream().sorted(Comparator.comparingInt(Province::sortOrder)).toList();
        this.districts = districts.stream().sorted(Comparator.comparing(District::code)).toList();
        this.provinceAliases = List.copyOf(provinceAliases);
        this.districtAliases = List.copyOf(districtAliases);
        this.provinces.forEach(p -> provincesByCode.put(p.code(), p));
        this.districts.forEach(d -> districtsByCode.put(d.code(), d));
        this.districtsByProvince = this.districts.stream()
                .collect(Collectors.groupingBy(District::provinceCode, Collectors.toUnmodifiableList()));
        checkReferences();
    }

    private void checkReferences() {
        districts.forEach(d -> requireProvince(d.provinceCode(), d));
        provinceAliases.forEach(a -> requireProvince(a.provinceCode(), a));
        for (DistrictAlias alias : districtAliases) {
            requireProvince(alias.provinceCode(), alias);
            if (!districtsByCode.containsKey(alias.districtCode())) {
                throw new IllegalArgumentException("Unknown district in " + alias);
            }
        }
    }

    private void requireProvince(String code, Object user) {
        if (!provincesByCode.containsKey(code)) {
            throw new IllegalArgumentException("Unknown province in " + user);
        }
    }

    /** In their customary order. */
    public List<Province> provinces() {
        return provinces;
    }

    /** By code. */
    public List<District> districts() {
        return districts;
    }

    public List<ProvinceAlias> provinceAliases() {
        return provinceAliases;
    }

    public List<DistrictAlias> districtAliases() {
        return districtAliases;
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(provincesByCode.get(code));
    }

    public Optional<District> district(String code) {
        return Optional.ofNullable(districtsByCode.get(code));
    }

    /** By code; empty for an unknown province. */
    public List<District> districtsIn(String provinceCode) {
        return districtsByProvince.getOrDefault(provinceCode, List.of());
    }
}
