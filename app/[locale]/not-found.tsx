import { getLocale } from "next-intl/server";
import { NotFoundBody } from "@/components/NotFoundBody";

/** Any unknown address under a language: the app's page, inside the layout (header, `lang`), in that language. */
export default async function NotFound() {
  return <NotFoundBody locale={await getLocale()} />;
}
