// Pure: the run's default cap on an answer's size. Its own module so the run
// configuration can name the default without importing the transport (I/O).

/** Answers above this are refused unless --max-response-bytes says otherwise (10 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
