import { describe, expect, it } from "vitest";

import { checkAddress, isIpLiteral } from "./check-address";

const strict = { allowLoopback: false };
const testing = { allowLoopback: true };

describe("checkAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.251", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "reserved"],
    ["240.0.0.1", "reserved"],
  ])("refuses the IPv4 address %s (%s)", (address, range) => {
    expect(checkAddress(address, strict)).toEqual({ allowed: false, range });
  });

  it.each([
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
    ["64:ff9b::7f00:1", "rfc6052"],
    ["2002:7f00:1::", "6to4"],
    ["2001::1", "teredo"],
  ])("refuses the IPv6 address %s (%s)", (address, range) => {
    expect(checkAddress(address, strict)).toEqual({ allowed: false, range });
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:10.1.2.3]", "private"],
    ["::ffff:169.254.169.254", "linkLocal"],
  ])("judges the IPv4-mapped IPv6 address %s by the IPv4 address it carries", (address, range) => {
    expect(checkAddress(address, strict)).toEqual({ allowed: false, range });
  });

  it.each([
    ["2130706433", "decimal"],
    ["0177.0.0.1", "octal"],
    ["0x7f.0.0.1", "hex"],
    ["0x7f000001", "hex, one part"],
    ["127.1", "short"],
  ])("refuses loopback written as %s (%s)", (address) => {
    expect(checkAddress(address, strict)).toEqual({ allowed: false, range: "loopback" });
  });

  it.each([
    "93.184.215.14",
    "8.8.8.8",
    "2606:4700:4700::1111",
    "[2a00:1450:4009:81a::200e]",
    "::ffff:8.8.8.8",
  ])("allows the public address %s", (address) => {
    expect(checkAddress(address, strict)).toEqual({ allowed: true });
  });

  it("refuses text that is no address", () => {
    expect(checkAddress("example.com", strict)).toEqual({ allowed: false, range: "invalid" });
  });

  it("admits 127.0.0.1 only, and only with the test setting", () => {
    expect(checkAddress("127.0.0.1", testing)).toEqual({ allowed: true });
    expect(checkAddress("::ffff:127.0.0.1", testing)).toEqual({ allowed: true });
    expect(checkAddress("127.0.0.2", testing)).toEqual({ allowed: false, range: "loopback" });
    expect(checkAddress("::1", testing)).toEqual({ allowed: false, range: "loopback" });
    expect(checkAddress("10.0.0.1", testing)).toEqual({ allowed: false, range: "private" });
    expect(checkAddress("169.254.169.254", testing)).toEqual({
      allowed: false,
      range: "linkLocal",
    });
  });
});

describe("isIpLiteral", () => {
  it("tells IP literals from names", () => {
    expect(isIpLiteral("127.0.0.1")).toBe(true);
    expect(isIpLiteral("[::1]")).toBe(true);
    expect(isIpLiteral("example.com")).toBe(false);
    expect(isIpLiteral("localhost")).toBe(false);
  });
});
