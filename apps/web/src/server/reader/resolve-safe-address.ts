import "server-only";

import { lookup as dnsLookup } from "node:dns/promises";

import ipaddr from "ipaddr.js";

import type { AddressPolicy } from "./check-address";
import { checkAddress } from "./check-address";
import { ReaderError } from "./reader-error";

export type ResolvedAddress = { address: string; family: 4 | 6 };

/** Resolves a host name to every address it has (dns.lookup with `all: true`); injectable for tests. */
export type HostResolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) => {
  const records = await dnsLookup(hostname, { all: true, verbatim: true });
  return records.map((record) => ({
    address: record.address,
    family: record.family === 6 ? 6 : 4,
  }));
};

const stripBrackets = (hostname: string): string =>
  hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;

/**
 * The one address the reader will connect to for a URL's host name. An IP literal is checked as it is; a name is
 * resolved and EVERY address it resolves to must be public (one private answer refuses the whole name, so a
 * round-robin mix can't slip through). The caller connects to the returned address, never to the name again,
 * so a second DNS answer (rebinding) can't swap it.
 */
export const resolveSafeAddress = async (
  hostname: string,
  policy: AddressPolicy,
  resolve: HostResolver,
): Promise<ResolvedAddress> => {
  const bare = stripBrackets(hostname);
  if (ipaddr.isValid(bare)) {
    const verdict = checkAddress(bare, policy);
    if (!verdict.allowed) throw new ReaderError("refused-address", `${bare} is ${verdict.range}`);
    const parsed = ipaddr.parse(bare);
    return { address: parsed.toString(), family: parsed.kind() === "ipv6" ? 6 : 4 };
  }
  let records: readonly ResolvedAddress[];
  try {
    records = await resolve(bare);
  } catch (error) {
    throw new ReaderError("unreachable", `lookup ${bare}: ${String(error)}`);
  }
  const [first] = records;
  if (!first) throw new ReaderError("unreachable", `no address for ${bare}`);
  for (const record of records) {
    const verdict = checkAddress(record.address, policy);
    if (!verdict.allowed) {
      throw new ReaderError(
        "refused-address",
        `${bare} resolves to ${record.address} (${verdict.range})`,
      );
    }
  }
  return { address: ipaddr.parse(first.address).toString(), family: first.family };
};
