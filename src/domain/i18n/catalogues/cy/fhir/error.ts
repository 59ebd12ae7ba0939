import type { Words } from '../../../translate.ts';

export default {
  'error.WM_IMPORT_INVALID': 'Ni allem ddod â’r cofnod hwn i mewn. {problem} Ni chadwyd dim.',
  'error.WM_IMPORT_RECORD_NOT_EMPTY':
    'Mae pethau yn eich cofnod yma yn barod, felly ni allwn ddod â chofnod arall i mewn iddo. Dim ond i gofnod gwag y gallwch ddod â chofnod, yn syth ar ôl i chi gofrestru.',
} satisfies Words;
