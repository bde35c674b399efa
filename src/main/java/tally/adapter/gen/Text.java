package tally.adapter.gen;

/** Small wording helpers: capitals and numbers in words. */
final class Text {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private Text() {
    }

    static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** 1..99,999 in words the way a reporter writes round numbers: "three thousand", "two hundred", "twenty-five". */
    static String words(long v) {
        if (v < 1 || v > 99_999) {
            throw new IllegalArgumentException("no words for " + v);
        }
        if (v >= 1000) {
            long rest = v % 1000;
            return below100Words(v / 1000) + " thousand" + (rest == 0 ? "" : " " + words(rest));
        }
        if (v >= 100) {
            long rest = v % 100;
            return ONES[(int) (v / 100)] + " hundred" + (rest == 0 ? "" : " " + words(rest));
        }
        return below100Words(v);
    }

    private static String below100Words(long v) {
        if (v >= 100) {
            return words(v);
        }
        if (v < 20) {
            return ONES[(int) v];
        }
        return TENS[(int) (v / 10)] + (v % 10 == 0 ? "" : "-" + ONES[(int) (v % 10)]);
    }
}
