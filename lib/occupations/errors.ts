import { NotFoundError } from "@/lib/errors";

/** No NOC 2021 unit group has this code. */
export function unknownOccupation(code: string): NotFoundError {
  return new NotFoundError({
    en: `There is no NOC 2021 unit group with the code ${code}.`,
    fr: `Aucun groupe de base de la CNP 2021 ne porte le code ${code}.`,
  });
}
