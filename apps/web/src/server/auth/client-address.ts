import "server-only";

import { headers } from "next/headers";

/** The caller's address as the load balancer reports it, for rate limiting only (never logged or stored). */
export const clientAddress = async (): Promise<string> => {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded !== undefined && forwarded !== ""
    ? forwarded
    : (list.get("x-real-ip") ?? "unknown");
};
