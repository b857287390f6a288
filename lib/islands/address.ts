/** Where the islands bundle is served from: public/islands/site.js. */
export const ISLANDS_PATH = "/islands/site.js";
