package vn.gandan.petitions;

/** How complex a case is; decides the resolution period and, for a denunciation, the extensions allowed. */
enum Complexity {
    NORMAL, COMPLEX, VERY_COMPLEX
}
