package kr.maskportal.seller.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names under which the districts of one province (or of the whole country) appear at the start of what is
 * left of an address, and the matching of those names against address tokens.
 */
final class DistrictNameTable {

    private final Map<String, Set<String>> codesByName = new HashMap<>();
    /** Full names that may also appear glued to what follows ({@code 남원시택내길12}); longest first once built. */
    private final List<String> gluableNames = new ArrayList<>();
    private final Map<String, District> districtsByCode;

    DistrictNameTable(Map<String, District> districtsByCode) {
        this.districtsByCode = districtsByCode;
    }

    /**
     * Adds the names of a district: its full name; its stem without 시/군/구 ({@code 경기 안성} for 안성시); for a
     * general district {@code 수원시 장안구} the city's name and stem (narrowed by the next token when matched) and
     * its own name {@code 장안구}.
     */
    void addDistrict(District district) {
        String city = district.cityName();
        if (city.isEmpty()) {
            add(district.name(), district.code(), true);
            stem(district.name()).ifPresent(s -> add(s, district.code(), false));
        } else {
            add(city, district.code(), true);
            stem(city).ifPresent(s -> add(s, district.code(), false));
            // a bare general district name is plain enough to match whole, never as the start of a longer word
            add(district.ownName(), district.code(), false);
        }
    }

    void addAlias(String alias, String districtCode) {
        add(alias, districtCode, true);
    }

    /** Call once all names are added. */
    DistrictNameTable build() {
        gluableNames.sort(Comparator.comparingInt(String::length).reversed());
        return this;
    }

    private void add(String name, String code, boolean gluable) {
        Set<String> codes = codesByName.computeIfAbsent(name, k -> new LinkedHashSet<>());
        codes.add(code);
        if (gluable && !gluableNames.contains(name)) {
            gluableNames.add(name);
        }
    }

    boolean knows(String name) {
        return codesByName.containsKey(name);
    }

    /**
     * Matches the district at the head of the tokens and consumes the tokens it used; a glued name leaves the rest of
     * its token at the head. For a city with general districts, the next token picks one when it names it
     * ({@code 수원시 장안구}, {@code 수원시장안구}); otherwise all the city's districts are returned. Returns the empty
     * set, consuming nothing, when no name matches.
     */
    Set<String> match(Deque<String> tokens) {
        String head = tokens.peekFirst();
        if (head == null) {
            return Set.of();
        }
        Set<String> codes = twoWordName(tokens);
        if (codes != null) {
            return codes;
        }
        codes = codesByName.get(head);
        if (codes != null) {
            tokens.removeFirst();
        } else {
            for (String name : gluableNames) {
                if (head.length() > name.length() && head.startsWith(name)) {
                    codes = codesByName.get(name);
                    tokens.removeFirst();
                    tokens.addFirst(head.substring(name.length()));
                    break;
                }
            }
        }
        if (codes == null) {
            return Set.of();
        }
        return codes.size() > 1 ? narrowToGeneralDistrict(codes, tokens) : codes;
    }

    /** Aliases such as {@code 부천시 원미구} are two words; both are consumed. */
    private Set<String> twoWordName(Deque<String> tokens) {
        if (tokens.size() < 2) {
            return null;
        }
        var it = tokens.iterator();
        String first = it.next();
        String second = it.next();
        Set<String> codes = codesByName.get(first + " " + second);
        if (codes != null) {
            tokens.removeFirst();
            tokens.removeFirst();
        }
        return codes;
    }

    private Set<String> narrowToGeneralDistrict(Set<String> codes, Deque<String> tokens) {
        String next = tokens.peekFirst();
        if (next == null) {
            return codes;
        }
        List<District> exact = new ArrayList<>();
        List<District> glued = new ArrayList<>();
        for (String code : codes) {
            District d = districtsByCode.get(code);
            if (d.cityName().isEmpty()) {
                continue;
            }
            if (next.equals(d.ownName())) {
                exact.add(d);
            } else if (next.startsWith(d.ownName())) {
                glued.add(d);
            }
        }
        if (exact.size() == 1) {
            tokens.removeFirst();
            return Set.of(exact.get(0).code());
        }
        if (exact.isEmpty() && glued.size() == 1) {
            tokens.removeFirst();
            tokens.addFirst(next.substring(glued.get(0).ownName().length()));
            return Set.of(glued.get(0).code());
        }
        return codes;
    }

    /** {@code 안성시} → {@code 안성}; one-syllable stems (중구 → 중) would match far too much. */
    private static Optional<String> stem(String name) {
        if (name.length() >= 3 && AddressTokens.hasDistrictSuffix(name)) {
            return Optional.of(name.substring(0, name.length() - 1));
        }
        return Optional.empty();
    }
}
