package kr.maskportal.feed.replay;

import java.util.Optional;
import java.util.Set;

/**
 * Tells from a seller's address whether it sits in a city, where the 2020 queues were long and masks went in an
 * hour or two, or in a county town, where they lasted the afternoon. Addresses are read as the feed gave them,
 * abbreviated and glued words included.
 */
final class CityAddress {

    private static final Set<String> METROPOLITAN = Set.of("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종");

    /** Only the head of an address names its areas; later words are roads and buildings. */
    private static final int AREA_WORDS = 4;

    private CityAddress() {
    }

    /** Empty when the address names no city or county we can recognise. */
    static Optional<Boolean> isCity(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String[] words = address.strip().split("\\s+");
        boolean cityWord = false;
        for (int i = 0; i < Math.min(AREA_WORDS, words.length); i++) {
            String word = words[i];
            // a county (군) or a town or township (읍, 면) inside a city is still rural for queueing purposes
            if (word.length() > 1 && (word.endsWith("군") || word.endsWith("읍") || word.endsWith("면"))) {
                return Optional.of(false);
            }
            if (word.length() > 1 && (word.endsWith("시") || word.endsWith("구"))) {
                cityWord = true;
            }
        }
        if (cityWord || METROPOLITAN.stream().anyMatch(words[0]::startsWith)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }
}
