/**
 * Two years of sales with known class movement between 2023 and 2024:
 * `steady` stays AX, `climber` goes CZ → AX (up), `faller` AX → CZ (down),
 * `newbie` is new in 2024 (BX), `goner` bought in 2023 only (BX → gone).
 *
 * @example
 * segment(movementSales(), { from: '2024-01-01', to: '2024-12-31' });
 */
import type { Transaction } from '../../shared/transaction.js';

const month = (year: number, m: number, day = 10) => `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function movementSales(): Transaction[] {
  const rows: Transaction[] = [];
  for (let m = 1; m <= 12; m++) {
    rows.push({ client: 'steady', date: month(2023, m), amount: 1000, kam: 'Петров' });
    rows.push({ client: 'steady', date: month(2024, m), amount: 1000, kam: 'Петров' });
    rows.push({ client: 'faller', date: month(2023, m), amount: 2000, kam: 'Петров' });
    rows.push({ client: 'climber', date: month(2024, m), amount: 3000, kam: 'Иванова' });
    rows.push({ client: 'newbie', date: month(2024, m), amount: 200, kam: 'Иванова' });
    rows.push({ client: 'goner', date: month(2023, m), amount: 500, kam: 'Сидоров' });
  }
  rows.push({ client: 'climber', date: month(2023, 3), amount: 100 }, { client: 'climber', date: month(2023, 9), amount: 100 });
  for (const m of [1, 2, 3]) rows.push({ client: 'faller', date: month(2024, m), amount: 100, kam: 'Петров' });
  return rows;
}

export const window2024 = { from: '2024-01-01', to: '2024-12-31' };
