package org.medmesh.bench.scale;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.medmesh.patient.domain.model.SearchableName;

/**
 * Patient number {@code n} of a seeded synthetic population: the same number always gives the same patient, so a load
 * can be topped up and a lookup can name any loaded patient without reading it back. Family names are two syllables (48
 * × 32, a few double-barrelled), so a three-letter prefix matches about one patient in 48 plus the given names that
 * start the same way, as a ward's typing would.
 *
 * @param n its number
 * @param id its id (time-ordered like the node's, ascending with {@code n})
 * @param mrn its medical record number (a form the node never issues, so no clash with registered patients)
 * @param givenName given name
 * @param familyName family name
 * @param birthDate between 1930 and 2024
 * @param sex FEMALE or MALE
 */
public record SyntheticPatient(int n, UUID id, String mrn, String givenName, String familyName, LocalDate birthDate,
        String sex) {

    /** Every tenth patient has a chart (an encounter, vital signs, a condition), copied from the chart template. */
    public static final int CHART_EVERY = 10;

    static final List<String> FAMILY_STARTS = List.of("Bau", "Ber", "Bra", "Dor", "Eck", "Fis", "Gra", "Grü", "Har",
            "Hof", "Jun", "Kai", "Kle", "Kra", "Lan", "Lor", "Mai", "Mül", "Neu", "Obe", "Pich", "Rei", "Rot", "Sax",
            "Sch", "Sei", "Sta", "Ste", "Tho", "Ulr", "Vog", "Wag", "Web", "Wie", "Win", "Wol", "Zie", "Zim", "Alb",
            "Cas", "Dem", "Fer", "Gal", "Ive", "Kow", "Łuk", "Nov", "Pet");
    private static final List<String> FAMILY_ENDS = List.of("er", "mann", "berg", "hofer", "ner", "ski", "ová",
            "inger", "bauer", "meier", "huber", "lich", "stein", "wald", "feld", "ic", "escu", "ini", "ez", "sen",
            "gruber", "egger", "leitner", "moser", "reiter", "wimmer", "kogler", "haas", "brunner", "lechner", "ak",
            "os");
    private static final List<String> GIVEN = List.of("Anna", "Maria", "Sophie", "Laura", "Lena", "Julia", "Sarah",
            "Hannah", "Emma", "Zoë", "Elif", "Marta", "Ines", "Olga", "Petra", "Renate", "Ursula", "Eva", "Clara",
            "Nora", "Leonie", "Amelie", "Birgit", "Doris", "Franziska", "Ida", "Kerstin", "Mia", "Theresa", "Vera",
            "Lukas", "Paul", "David", "Jakob", "Maximilian", "Felix", "Elias", "Tobias", "Jonas", "Leon", "Noah",
            "Florian", "Stefan", "Andreas", "Thomas", "Michael", "Georg", "Johann", "Karl", "Franz", "Josef", "Emil",
            "Anton", "Bernhard", "Dominik", "Gregor", "Hamza", "Mehmet", "Ivan", "Piotr");
    private static final LocalDate OLDEST = LocalDate.of(1930, 1, 1);
    private static final int BIRTH_DAYS = 95 * 365;

    public static SyntheticPatient of(long seed, int n, String hospital) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        String family = family(random);
        if (random.nextInt(20) == 0) {
            family = family + "-" + family(random);
        }
        String given = GIVEN.get(random.nextInt(GIVEN.size()));
        LocalDate born = OLDEST.plusDays(random.nextInt(BIRTH_DAYS));
        String sex = random.nextBoolean() ? "FEMALE" : "MALE";
        UUID id = new UUID(0x0190_0000_0000_7000L | (seed & 0xFFF), 0x8000_0000_0000_0000L | n);
        return new SyntheticPatient(n, id, String.format(Locale.ROOT, "%s-S%08d", hospital, n), given, family, born,
                sex);
    }

    /** What a ward types to find a family: the first three letters of one, chosen at random. */
    public static String familyPrefix(SplittableRandom random) {
        return FAMILY_STARTS.get(random.nextInt(FAMILY_STARTS.size())).substring(0, 3);
    }

    public boolean hasChart() {
        return n % CHART_EVERY == 0;
    }

    /** The node's sort name: folded family then given name. */
    public String sortName() {
        return SearchableName.fold(familyName + " " + givenName);
    }

    /** The node's name words (the search index entries). */
    public java.util.Set<String> tokens() {
        return SearchableName.tokens(givenName, familyName);
    }

    public byte[] idBytes() {
        return bytes(id);
    }

    /** An id as the node stores it ({@code BINARY(16)}, most significant byte first). */
    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    private static String family(SplittableRandom random) {
        return FAMILY_STARTS.get(random.nextInt(FAMILY_STARTS.size()))
                + FAMILY_ENDS.get(random.nextInt(FAMILY_ENDS.size()));
    }
}
