/**
 * KAM portfolios: one row per KAM with their clients, A clients, key
 * accounts, revenue and share, at-risk and lost clients, and whether the
 * load is sane. The KAM literature puts it at 4 to 10 key accounts per KAM:
 * fewer is `under`, more is `over` (both settable). `clients` counts clients
 * with purchases in the window; `lost` adds the clients gone since the
 * previous window. Clients without a KAM make one last row with no load.
 * The dossier's KAM wins over the transactions'.
 *
 * @example
 * portfolioRows(result.clients, scores, { accounts })[0];
 * // { kam: 'Петров', clients: 12, a_clients: 5, key_accounts: 6, revenue: 1250000, share: 0.31, at_risk: 1, lost: 0, load: 'ok' }
 */
import type { ClientSegment } from '../segment.js';
import type { Account } from './account.js';
import type { Load } from './messages.js';
import type { KeyScore } from './score.js';

export const portfolioColumns = ['kam', 'clients', 'a_clients', 'key_accounts', 'revenue', 'share', 'at_risk', 'lost', 'load'] as const;

export type PortfolioRow = { kam: string; clients: number; a_clients: number; key_accounts: number; revenue: number; share: number; at_risk: number; lost: number; load: Load | null };

export type LoadLimits = { min: number; max: number };

export const defaultLoad: LoadLimits = { min: 4, max: 10 };

export type PortfolioInput = {
  accounts?: ReadonlyMap<string, Account>;
  /** Clients of the previous window with no purchase now (see movement.ts). */
  gone?: readonly Pick<ClientSegment, 'client' | 'kam'>[];
  load?: LoadLimits;
};

export function loadOf(keyAccounts: number, limits: LoadLimits = defaultLoad): Load {
  return keyAccounts < limits.min ? 'under' : keyAccounts > limits.max ? 'over' : 'ok';
}

export function portfolioRows(clients: readonly Pick<ClientSegment, 'client' | 'kam' | 'abc' | 'revenue' | 'risk'>[], scores: readonly Pick<KeyScore, 'tier'>[], input: PortfolioInput = {}): PortfolioRow[] {
  const kamOf = (c: Pick<ClientSegment, 'client' | 'kam'>) => input.accounts?.get(c.client)?.kam || c.kam;
  const rows = new Map<string, PortfolioRow>();
  const row = (kam: string) => {
    let r = rows.get(kam);
    if (!r) rows.set(kam, (r = { kam, clients: 0, a_clients: 0, key_accounts: 0, revenue: 0, share: 0, at_risk: 0, lost: 0, load: null }));
    return r;
  };
  let total = 0;
  clients.forEach((c, i) => {
    const r = row(kamOf(c));
    r.clients++;
    if (c.abc === 'A') r.a_clients++;
    if (scores[i]?.tier === 'key') r.key_accounts++;
    r.revenue += c.revenue;
    total += Math.max(0, c.revenue);
    if (c.risk === 'at-risk') r.at_risk++;
    if (c.risk === 'lost') r.lost++;
  });
  for (const g of input.gone ?? []) row(kamOf(g)).lost++;
  const result = [...rows.values()].map((r) => ({
    ...r,
    revenue: Math.round(r.revenue * 100) / 100,
    share: total > 0 ? Math.round((Math.max(0, r.revenue) / total) * 1e6) / 1e6 : 0,
    load: r.kam ? loadOf(r.key_accounts, input.load) : null,
  }));
  return result.sort((a, b) => Number(!a.kam) - Number(!b.kam) || b.revenue - a.revenue || a.kam.localeCompare(b.kam));
}
