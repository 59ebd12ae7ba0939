import type { Words } from '../../../translate.ts';

export default {
  'field.email': 'Cyfeiriad e-bost',
  'field.password': 'Cyfrinair',
  'field.displayName': 'Eich enw',
  'field.displayName.hint':
    'Beth hoffech chi gael eich galw. Does dim rhaid iddo fod yn eich enw llawn.',
  'field.password.hint':
    'O leiaf 12 cymeriad. Mae ychydig o eiriau ar hap gyda’i gilydd yn gweithio’n dda.',
} satisfies Words;
