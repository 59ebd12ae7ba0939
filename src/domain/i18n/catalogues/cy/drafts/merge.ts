import type { Words } from '../../../translate.ts';

export default {
  'merge.saved':
    'Cadwodd rhywun arall newidiadau yma tra oeddech chi’n golygu. Mae eu newidiadau nhw a’ch rhai chi wedi’u cadw. Cadwyd am {time}.',
  'merge.usingSaved':
    'Rydych chi nawr yn edrych ar y geiriau sydd wedi’u cadw ar gyfer y rhannau hynny. Mae eich newidiadau eraill wedi’u cadw.',
} satisfies Words;
