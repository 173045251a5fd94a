import "server-only";

import ipaddr from "ipaddr.js";

/** Which addresses the reader may connect to. `allowLoopback` admits 127.0.0.1 only, for the project's own tests. */
export type AddressPolicy = {
  allowLoopback: boolean;
};

export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

const TEST_LOOPBACK = "127.0.0.1";

/**
 * Whether an IP address (v4 or v6, as text) is a public unicast address. Everything ipaddr.js classifies as
 * anything but `unicast` is refused: loopback, private, link-local (cloud metadata), carrier-grade NAT,
 * multicast, broadcast, unspecified, reserved, documentation, and the IPv6 ranges that embed or tunnel an IPv4
 * address (NAT64, 6to4, Teredo). An IPv4-mapped IPv6 address is judged as the IPv4 address it carries.
 */
export const checkAddress = (address: string, policy: AddressPolicy): AddressVerdict => {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(bare)) return { allowed: false, range: "invalid" };
  let parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  if (policy.allowLoopback && parsed.kind() === "ipv4" && parsed.toString() === TEST_LOOPBACK) {
    return { allowed: true };
  }
  const range = parsed.range();
  return range === "unicast" ? { allowed: true } : { allowed: false, range };
};

/** Whether a host name is an IP literal (as the URL parser leaves it: dotted IPv4 or bracketed IPv6). */
export const isIpLiteral = (hostname: string): boolean => {
  const bare =
    hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare);
};
