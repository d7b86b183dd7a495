// Which pages may use the server's model key. A DNS-rebinding page reaches this server under its own
// host name, so the Host header must be one this server was started for, and the Origin one of those.
import type { IncomingMessage } from 'node:http';
import { ALLOWED_HOSTS_VARIABLE } from './proxyLimits';

interface SiteRule {
  hostname: string;
  /** Effective port; undefined matches any. */
  port?: string;
  /** The default port a Host header without one means for this rule. */
  defaultPort: string;
  schemes: readonly string[];
}

/** Why a request was refused: what to answer the browser, and what to note in the server log. */
export interface SiteRefusal {
  message: string;
  logNote: string;
}

const defaultPort = (scheme: string) => (scheme === 'https:' ? '443' : '80');

/** `127.0.0.1`, `[::1]` or `host.example`, lower-cased, from an address or a name. */
function bracketed(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();
  return plain.includes(':') && !plain.startsWith('[') ? `[${plain}]` : plain;
}

/** An entry of DIALED_IN_ALLOWED_HOSTS: `name`, `name:port` (plain HTTP), or an origin such as `https://name`. */
function parseEntry(entry: string): SiteRule | undefined {
  if (entry.includes('://')) {
    if (!URL.canParse(entry)) return undefined;
    const url = new URL(entry);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const port = url.port || defaultPort(url.protocol);
    return { hostname: url.hostname, port, defaultPort: defaultPort(url.protocol), schemes: [url.protocol] };
  }
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]\s/]+)(?::(\d{1,5}))?$/i.exec(entry);
  if (!match) return undefined;
  return { hostname: bracketed(match[1]!), port: match[2], defaultPort: '80', schemes: ['http:'] };
}

/** Host header → name and explicit port ('' when none). */
function parseHostHeader(host: string): { hostname: string; port: string } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]\s/@]+)(?::(\d{1,5}))?$/i.exec(host);
  return match ? { hostname: bracketed(match[1]!), port: match[2] ?? '' } : undefined;
}

/** Entries of DIALED_IN_ALLOWED_HOSTS that cannot be read, for a warning at start-up. */
export function unreadableHostEntries(entries: readonly string[]): string[] {
  return entries.filter((entry) => parseEntry(entry) === undefined);
}

/**
 * Returns a check that refuses a request unless its Host is this server's (localhost, 127.0.0.1,
 * [::1], the address it came in on, or an allowed name) and its Origin, when sent, is one of those
 * with the same scheme and port.
 */
export function createSiteGuard(allowedHosts: readonly string[]): (req: IncomingMessage) => SiteRefusal | undefined {
  const configured = allowedHosts.map(parseEntry).filter((rule): rule is SiteRule => rule !== undefined);

  const rulesFor = (req: IncomingMessage): SiteRule[] => {
    const port = String(req.socket.localPort ?? '');
    const own = ['localhost', '127.0.0.1', '[::1]', ...(req.socket.localAddress ? [bracketed(req.socket.localAddress)] : [])];
    return [...own.map((hostname) => ({ hostname, port, defaultPort: '80', schemes: ['http:'] })), ...configured];
  };

  return (req) => {
    const rules = rulesFor(req);
    const host = parseHostHeader(req.headers.host ?? '');
    const hostRule = host && rules.find((r) => r.hostname === host.hostname && (r.port === undefined || (host.port || r.defaultPort) === r.port));
    if (!host || !hostRule) {
      const name = (req.headers.host ?? '(none)').slice(0, 100);
      return {
        message: `This server does not lend its model key to the host name “${name}”. If that is this server's name, add it to ${ALLOWED_HOSTS_VARIABLE}.`,
        logNote: `refused a request for host name ${JSON.stringify(name)} (not this server's; add it to ${ALLOWED_HOSTS_VARIABLE} if it is)`,
      };
    }
    const origin = req.headers.origin;
    if (origin === undefined) return undefined;
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    const allowed =
      url &&
      rules.some(
        (r) => r.schemes.includes(url.protocol) && r.hostname === url.hostname && (r.port === undefined || (url.port || defaultPort(url.protocol)) === r.port),
      );
    if (allowed) return undefined;
    return {
      message: 'Requests from other sites may not use this server’s model key.',
      logNote: `refused a request from the page ${JSON.stringify(origin.slice(0, 100))} (another site)`,
    };
  };
}
