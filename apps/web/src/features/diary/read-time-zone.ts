import "server-only";

import { cookies } from "next/headers";

import { validTimeZone } from "./time-zone";

/** The cookie the browser sets with its time zone (see time-zone-cookie.tsx). */
export const TIME_ZONE_COOKIE = "tz";

/** The patient's time zone from their browser, else UTC. */
export const readTimeZone = async (): Promise<string> =>
  validTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
