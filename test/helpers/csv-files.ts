/** CSV files for import tests and the import benchmark: valid, made-up fiscal codes. */
import { checkCharacter } from '../../server/domain/fiscal-code.js';

const MONTHS = 'ABCDEHLMPRST';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The n-th made-up fiscal code, for a person of that sex born on 1 March of `year`. */
export function fakeFiscalCode(n: number, sex: 'F' | 'M', year: number): string {
  const name = [0, 1, 2, 3, 4, 5].map((i) => LETTERS[Math.floor(n / 26 ** i) % 26]).join('');
  const base = `${name}${String(year % 100).padStart(2, '0')}${MONTHS[2]}${sex === 'F' ? '41' : '01'}F205`;
  return base + checkCharacter(base);
}

/**
 * An attendance register of `people` people at `activities` activities each (people × activities
 * rows), registering the people as it goes; `badLine` puts a wrong date on that line.
 */
export function attendanceRegister(people: number, activities: number, options: { badLine?: number; project?: string } = {}): string {
  const project = options.project ?? 'GOLAB';
  const lines = ['progetto;data;tipo;titolo;codice_fiscale;sesso;anno_nascita;condizione;persone_non_registrate'];
  for (let a = 0; a < activities; a += 1) {
    const day = String(1 + (a % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(a / 28) % 12)).padStart(2, '0');
    for (let p = 0; p < people; p += 1) {
      const sex = p % 2 === 0 ? 'F' : 'M';
      const year = 1950 + (p % 50);
      const line = lines.length + 1;
      const date = line === options.badLine ? '31/02/2019' : `${day}/${month}/2019`;
      lines.push(`${project};${date};COMMUNITY_ANIMATION;Incontro ${a + 1};${fakeFiscalCode(p, sex, year)};${sex};${year};inattivo;`);
    }
  }
  return `${lines.join('\n')}\n`;
}
