/**
 * Lengths of a correction, shared by the form in the browser and the schema
 * on the server. Kept apart from the schema so the browser does not load zod
 * (whose start-up probe for code generation would also break the page's
 * Content-Security-Policy, which forbids eval).
 */
export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 4000;
export const EMAIL_MAX = 254;
