/** The budget of one file when --timeout is not given: generous, for the largest inputs the tool accepts. */
export const DEFAULT_TIMEOUT_SECONDS = 300;
