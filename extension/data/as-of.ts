/**
 * The day a dataset's figures refer to: the day risk is counted to ("94
 * days without orders" means up to that day, not today). Transactions
 * segmented here keep the core's own as-of day; for a segments table it is
 * the latest last purchase in it.
 *
 * @example
 * datasetAsOf({ asOf: undefined, clients: [{ last_purchase: '2025-12-12' }, { last_purchase: null }] }); // '2025-12-12'
 */
export function latestPurchase(clients: readonly { last_purchase: string | null }[]): string | undefined {
  let latest: string | undefined;
  for (const client of clients) if (client.last_purchase && (!latest || client.last_purchase > latest)) latest = client.last_purchase;
  return latest;
}

/** The stored as-of day, or (for data stored before it was kept) the latest last purchase. */
export function datasetAsOf(dataset: { asOf?: string; clients: readonly { last_purchase: string | null }[] }): string | undefined {
  return dataset.asOf ?? latestPurchase(dataset.clients);
}
