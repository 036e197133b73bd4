import { BlockList, isIP } from 'node:net';

/** Why an address is not one the proxy connects to for an environment that only the document names. */
export type ForbiddenAddressKind = 'loopback' | 'private' | 'link-local' | 'unique-local' | 'unspecified' | 'multicast' | 'reserved';

const ranges: [ForbiddenAddressKind, 'ipv4' | 'ipv6', string, number][] = [
  ['unspecified', 'ipv4', '0.0.0.0', 8],
  ['private', 'ipv4', '10.0.0.0', 8],
  ['private', 'ipv4', '100.64.0.0', 10],
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['link-local', 'ipv4', '169.254.0.0', 16],
  ['private', 'ipv4', '172.16.0.0', 12],
  ['reserved', 'ipv4', '192.0.0.0', 24],
  ['private', 'ipv4', '192.168.0.0', 16],
  ['reserved', 'ipv4', '198.18.0.0', 15],
  ['multicast', 'ipv4', '224.0.0.0', 4],
  ['reserved', 'ipv4', '240.0.0.0', 4],
  ['unspecified', 'ipv6', '::', 128],
  ['loopback', 'ipv6', '::1', 128],
  ['link-local', 'ipv6', 'fe80::', 10],
  ['link-local', 'ipv6', 'fec0::', 10],
  ['unique-local', 'ipv6', 'fc00::', 7],
  ['multicast', 'ipv6', 'ff00::', 8],
  // the deprecated IPv4-compatible form `::a.b.c.d`, never a public address
  ['reserved', 'ipv6', '::', 96],
];

const lists = new Map<ForbiddenAddressKind, BlockList>();
for (const [kind, family, network, prefix] of ranges) {
  let list = lists.get(kind);
  if (!list) lists.set(kind, (list = new BlockList()));
  list.addSubnet(network, prefix, family);
}

/**
 * The IPv4 address an IPv6 address stands for, when it embeds one that the network would reach:
 * IPv4-mapped (`::ffff:127.0.0.1`, `::ffff:7f00:1`), NAT64 (`64:ff9b::7f00:1`) and 6to4
 * (`2002:7f00:1::`). Checked as IPv4, so `::ffff:10.0.0.1` is as private as `10.0.0.1`.
 */
function embeddedIPv4(address: string): string | undefined {
  const groups = expandIPv6(address);
  if (!groups) return undefined;
  const isMapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const isNat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (isMapped || isNat64) return ipv4Of(groups[6], groups[7]);
  if (groups[0] === 0x2002) return ipv4Of(groups[1], groups[2]);
  return undefined;
}

function ipv4Of(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** The eight 16-bit groups of an IPv6 address, a trailing dotted IPv4 part included. */
function expandIPv6(address: string): number[] | undefined {
  let text = address.toLowerCase().split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const octets = dotted[1].split('.').map(Number);
    text = `${text.slice(0, dotted.index)}${((octets[0] << 8) | octets[1]).toString(16)}:${((octets[2] << 8) | octets[3]).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  const groups = tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/**
 * What kind of non-public address `address` (an IP literal, IPv6 with or without brackets) is,
 * or `undefined` for an address on the public internet (or not an IP address at all).
 */
export function forbiddenAddressKind(address: string): ForbiddenAddressKind | undefined {
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(bare);
  if (family === 0) return undefined;
  if (family === 6) {
    const ipv4 = embeddedIPv4(bare);
    if (ipv4) return forbiddenAddressKind(ipv4);
  }
  for (const [kind, list] of lists) {
    if (list.check(bare, family === 4 ? 'ipv4' : 'ipv6')) return kind;
  }
  return undefined;
}

/** Thrown on the way to a socket whose address the policy refuses; nothing was sent to it. */
export class ForbiddenAddressError extends Error {
  readonly code = 'ERR_PROXY_FORBIDDEN_ADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly kind: ForbiddenAddressKind,
  ) {
    super(
      hostname.replace(/^\[(.*)\]$/, '$1') === address
        ? `${address} is a ${kind} address`
        : `${hostname} resolves to ${address}, a ${kind} address`,
    );
  }
}

/** The first {@link ForbiddenAddressError} in an error's chain of causes (fetch wraps what the socket threw). */
export function forbiddenAddressIn(error: unknown): ForbiddenAddressError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof ForbiddenAddressError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
