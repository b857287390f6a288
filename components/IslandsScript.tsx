import { headers } from "next/headers";
import { ISLANDS_PATH } from "@/lib/islands/address";

/**
 * The public pages' one script (lib/islands), in the head: fetched while
 * the page arrives, run once it is parsed (deferred); its address carries
 * its hash, so browsers keep it.
 */
export async function IslandsScript() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // Written into the build by next.config.ts (its `env`), not read from the environment at run time.
  return <script src={`${ISLANDS_PATH}?v=${process.env.ISLANDS_VERSION ?? "dev"}`} defer nonce={nonce} />;
}
