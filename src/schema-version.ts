/** Bump only for a breaking change of the JSON. On its own so that the pipeline stamps it without loading the TypeBox schemas. */
export const SCHEMA_VERSION = 2;
