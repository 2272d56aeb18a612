package kr.maskportal.seller.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Splitting addresses into words, and telling what kind of place a word names by its last syllable. */
final class AddressTokens {

    /** The feed has no-break spaces (U+00A0) between words too, and ideographic ones would be no surprise. */
    static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    private AddressTokens() {
    }

    static Deque<String> tokens(String address) {
        Deque<String> tokens = new ArrayDeque<>();
        if (address == null) {
            return tokens;
        }
        for (String word : BLANKS.split(address)) {
            String token = withoutEdgePunctuation(word);
            if (!token.isEmpty()) {
                tokens.addLast(token);
            }
        }
        return tokens;
    }

    /** Commas, brackets and dots stuck to a word say nothing about the place. */
    private static String withoutEdgePunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    /** 시, 군 or 구: the word could name a district. */
    static boolean hasDistrictSuffix(String word) {
        return word.length() >= 2 && "시군구".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /** 읍 or 면: the word could name a town within a district. */
    static boolean hasTownSuffix(String word) {
        return word.length() >= 2 && "읍면".indexOf(word.charAt(word.length() - 1)) >= 0;
    }
}
