import type { Words } from '../../../translate.ts';

export default {
  'validation.required.twoStepCode': 'Wpisz 6-cyfrowy kod z aplikacji',
  'validation.twoStepCode': 'Wpisz kod jako 6 cyfr, na przykład 123456',
  'validation.required.recoveryCode': 'Wpisz jeden z kodów odzyskiwania',
  'validation.recoveryCode':
    'Wpisz kod odzyskiwania tak, jak go zapisano: 4 grupy po 4 litery i cyfry',
  'validation.required.passkeyName': 'Wpisz nazwę tego klucza dostępu',
} satisfies Words;
