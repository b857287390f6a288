import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Sends "/" and unprefixed paths to the visitor's language (/en or /fr).
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|embed|_next|.*\\..*).*)"],
};
