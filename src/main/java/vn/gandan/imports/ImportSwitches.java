package vn.gandan.imports;

/**
 * The importer's measurement switches, one board the extractor reads instead of JVM flags: whether the learned identity
 * ranker ({@link IdentityChooser}) and the learned title ranker ({@link TitleChooser}) decide. The product runs on
 * {@link #DEFAULT} (both off: the rules alone, today's behaviour); only test-side trainings, probes and scorers set another
 * board, e.g. {@code ImportSwitches.use(new ImportSwitches(Ranker.GATED, false))}, and put the default back after.
 *
 * @param identity where the identity ranker decides
 * @param titleRanker whether the title ranker chooses the title
 */
record ImportSwitches(Ranker identity, boolean titleRanker) {

    /** Where a learned ranker decides: nowhere, on every text it reads, or only where the rules named no document. */
    enum Ranker { OFF, ON, GATED }

    /** Today's behaviour: the rules alone. */
    static final ImportSwitches DEFAULT = new ImportSwitches(Ranker.OFF, false);

    private static volatile ImportSwitches current = DEFAULT;

    /** The board the extractor reads now. */
    static ImportSwitches current() {
        return current;
    }

    /** Sets the board (test side only: trainings, probes, scorers); {@code null} puts the default back. */
    static void use(ImportSwitches board) {
        current = board == null ? DEFAULT : board;
    }
}
